define ptx_kernel void @$K(i32* %list, i32 %lh, i32 %NQ, i32 %NK, i32 %W, i32* %out) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = add i32 %NQ, 1
	%4 = lshr i32 %3, 1
	%5 = icmp slt i32 %W, u0x8000
	%6 = select i1 %5, i32 %W, i32 u0x8000
	br label %7

7:
	%8 = phi i32 [ %0, %entry ], [ %12, %10 ]
	%9 = icmp slt i32 %8, %6
	br i1 %9, label %10, label %13

10:
	%11 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %8
	store i8 0, i8 addrspace(3)* %11
	%12 = add i32 %8, 256
	br label %7

13:
	call void @llvm.nvvm.barrier0()
	%14 = sdiv i32 %2, %lh
	%15 = shl i32 %1, 1
	%16 = add i32 %15, 0
	%17 = icmp slt i32 %16, %NQ
	br i1 %17, label %18, label %24

18:
	%19 = mul i32 %14, %NQ
	%20 = add i32 %19, %16
	%21 = mul i32 %20, 2
	%22 = mul i32 %21, %NK
	%23 = icmp eq i32 %0, 0
	br i1 %23, label %28, label %29

24:
	%25 = shl i32 %1, 1
	%26 = add i32 %25, 1
	%27 = icmp slt i32 %26, %NQ
	br i1 %27, label %69, label %75

28:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %29

29:
	call void @llvm.nvvm.barrier0()
	br label %30

30:
	%31 = phi i32 [ 0, %29 ], [ %63, %61 ]
	%32 = phi i32 [ %NK, %29 ], [ %52, %61 ]
	%33 = icmp slt i32 %31, %NK
	br i1 %33, label %34, label %37

34:
	%35 = add i32 %31, %0
	%36 = icmp slt i32 %35, %NK
	br i1 %36, label %38, label %43

37:
	call void @llvm.nvvm.barrier0()
	br label %24

38:
	%39 = add i32 %22, %35
	%40 = sext i32 %39 to i64
	%41 = getelementptr i32, i32* %list, i64 %40
	%42 = load i32, i32* %41
	br label %43

43:
	%44 = phi i32 [ 0, %34 ], [ %42, %38 ]
	%45 = icmp slt i32 %44, 0
	%46 = and i1 %36, %45
	%47 = zext i1 %46 to i32
	%48 = call i32 @llvm.nvvm.barrier0.or(i32 %47)
	%49 = icmp ne i32 %48, 0
	br i1 %49, label %50, label %51

50:
	br i1 %46, label %55, label %57

51:
	%52 = phi i32 [ %NK, %43 ], [ %58, %57 ]
	%53 = icmp slt i32 %35, %52
	%54 = and i1 %36, %53
	br i1 %54, label %59, label %61

55:
	%56 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %35 monotonic
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = load i32, i32 addrspace(3)* @$K_end
	br label %51

59:
	%60 = icmp ult i32 %44, %6
	br i1 %60, label %64, label %68

61:
	%62 = add i32 %31, 256
	%63 = select i1 %49, i32 %NK, i32 %62
	br label %30

64:
	%65 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %44
	%66 = load i8, i8 addrspace(3)* %65
	%67 = or i8 %66, 1
	store i8 %67, i8 addrspace(3)* %65
	br label %68

68:
	br label %61

69:
	%70 = mul i32 %14, %NQ
	%71 = add i32 %70, %26
	%72 = mul i32 %71, 2
	%73 = mul i32 %72, %NK
	%74 = icmp eq i32 %0, 0
	br i1 %74, label %82, label %83

75:
	%76 = mul i32 %2, %4
	%77 = add i32 %76, %1
	%78 = mul i32 %77, %W
	%79 = add i32 %6, 255
	%80 = sdiv i32 %79, 256
	%81 = mul i32 %80, 256
	br label %123

82:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %83

83:
	call void @llvm.nvvm.barrier0()
	br label %84

84:
	%85 = phi i32 [ 0, %83 ], [ %117, %115 ]
	%86 = phi i32 [ %NK, %83 ], [ %106, %115 ]
	%87 = icmp slt i32 %85, %NK
	br i1 %87, label %88, label %91

88:
	%89 = add i32 %85, %0
	%90 = icmp slt i32 %89, %NK
	br i1 %90, label %92, label %97

91:
	call void @llvm.nvvm.barrier0()
	br label %75

92:
	%93 = add i32 %73, %89
	%94 = sext i32 %93 to i64
	%95 = getelementptr i32, i32* %list, i64 %94
	%96 = load i32, i32* %95
	br label %97

97:
	%98 = phi i32 [ 0, %88 ], [ %96, %92 ]
	%99 = icmp slt i32 %98, 0
	%100 = and i1 %90, %99
	%101 = zext i1 %100 to i32
	%102 = call i32 @llvm.nvvm.barrier0.or(i32 %101)
	%103 = icmp ne i32 %102, 0
	br i1 %103, label %104, label %105

104:
	br i1 %100, label %109, label %111

105:
	%106 = phi i32 [ %NK, %97 ], [ %112, %111 ]
	%107 = icmp slt i32 %89, %106
	%108 = and i1 %90, %107
	br i1 %108, label %113, label %115

109:
	%110 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %89 monotonic
	br label %111

111:
	call void @llvm.nvvm.barrier0()
	%112 = load i32, i32 addrspace(3)* @$K_end
	br label %105

113:
	%114 = icmp ult i32 %98, %6
	br i1 %114, label %118, label %122

115:
	%116 = add i32 %85, 256
	%117 = select i1 %103, i32 %NK, i32 %116
	br label %84

118:
	%119 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %98
	%120 = load i8, i8 addrspace(3)* %119
	%121 = or i8 %120, 2
	store i8 %121, i8 addrspace(3)* %119
	br label %122

122:
	br label %115

123:
	%124 = phi i32 [ 0, %75 ], [ %227, %225 ]
	%125 = phi i32 [ 0, %75 ], [ %226, %225 ]
	%126 = icmp slt i32 %124, %81
	br i1 %126, label %127, label %130

127:
	%128 = add i32 %124, %0
	%129 = icmp slt i32 %128, %6
	br i1 %129, label %134, label %138

130:
	%131 = icmp eq i32 %0, 0
	%132 = icmp slt i32 %125, %W
	%133 = and i1 %131, %132
	br i1 %133, label %228, label %232

134:
	%135 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %128
	%136 = load i8, i8 addrspace(3)* %135
	%137 = zext i8 %136 to i32
	br label %138

138:
	%139 = phi i32 [ 0, %127 ], [ %137, %134 ]
	%140 = icmp ne i32 %139, 0
	%141 = zext i1 %140 to i32
	%142 = and i32 %0, 31
	%143 = lshr i32 %0, 5
	%144 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %141, i32 1, i32 0)
	%145 = icmp uge i32 %142, 1
	%146 = select i1 %145, i32 %144, i32 0
	%147 = add i32 %141, %146
	%148 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %147, i32 2, i32 0)
	%149 = icmp uge i32 %142, 2
	%150 = select i1 %149, i32 %148, i32 0
	%151 = add i32 %147, %150
	%152 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %151, i32 4, i32 0)
	%153 = icmp uge i32 %142, 4
	%154 = select i1 %153, i32 %152, i32 0
	%155 = add i32 %151, %154
	%156 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %155, i32 8, i32 0)
	%157 = icmp uge i32 %142, 8
	%158 = select i1 %157, i32 %156, i32 0
	%159 = add i32 %155, %158
	%160 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %159, i32 16, i32 0)
	%161 = icmp uge i32 %142, 16
	%162 = select i1 %161, i32 %160, i32 0
	%163 = add i32 %159, %162
	%164 = icmp eq i32 %142, 31
	br i1 %164, label %165, label %167

165:
	%166 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %143
	store i32 %163, i32 addrspace(3)* %166
	br label %167

167:
	call void @llvm.nvvm.barrier0()
	%168 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%169 = load i32, i32 addrspace(3)* %168
	%170 = icmp sgt i32 %143, 0
	%171 = select i1 %170, i32 %169, i32 0
	%172 = add i32 0, %171
	%173 = add i32 0, %169
	%174 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%175 = load i32, i32 addrspace(3)* %174
	%176 = icmp sgt i32 %143, 1
	%177 = select i1 %176, i32 %175, i32 0
	%178 = add i32 %172, %177
	%179 = add i32 %173, %175
	%180 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%181 = load i32, i32 addrspace(3)* %180
	%182 = icmp sgt i32 %143, 2
	%183 = select i1 %182, i32 %181, i32 0
	%184 = add i32 %178, %183
	%185 = add i32 %179, %181
	%186 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%187 = load i32, i32 addrspace(3)* %186
	%188 = icmp sgt i32 %143, 3
	%189 = select i1 %188, i32 %187, i32 0
	%190 = add i32 %184, %189
	%191 = add i32 %185, %187
	%192 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%193 = load i32, i32 addrspace(3)* %192
	%194 = icmp sgt i32 %143, 4
	%195 = select i1 %194, i32 %193, i32 0
	%196 = add i32 %190, %195
	%197 = add i32 %191, %193
	%198 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%199 = load i32, i32 addrspace(3)* %198
	%200 = icmp sgt i32 %143, 5
	%201 = select i1 %200, i32 %199, i32 0
	%202 = add i32 %196, %201
	%203 = add i32 %197, %199
	%204 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%205 = load i32, i32 addrspace(3)* %204
	%206 = icmp sgt i32 %143, 6
	%207 = select i1 %206, i32 %205, i32 0
	%208 = add i32 %202, %207
	%209 = add i32 %203, %205
	%210 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%211 = load i32, i32 addrspace(3)* %210
	%212 = icmp sgt i32 %143, 7
	%213 = select i1 %212, i32 %211, i32 0
	%214 = add i32 %208, %213
	%215 = add i32 %209, %211
	%216 = add i32 %214, %163
	%217 = sub i32 %216, %141
	%218 = add i32 %125, %217
	br i1 %140, label %219, label %225

219:
	%220 = shl i32 %139, 24
	%221 = or i32 %128, %220
	%222 = add i32 %78, %218
	%223 = sext i32 %222 to i64
	%224 = getelementptr i32, i32* %out, i64 %223
	store i32 %221, i32* %224
	br label %225

225:
	call void @llvm.nvvm.barrier0()
	%226 = add i32 %125, %215
	%227 = add i32 %124, 256
	br label %123

228:
	%229 = add i32 %78, %125
	%230 = sext i32 %229 to i64
	%231 = getelementptr i32, i32* %out, i64 %230
	store i32 -1, i32* %231
	br label %232

232:
	ret void
}
