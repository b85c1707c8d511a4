define ptx_kernel void @$K(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, %R
	br label %4

4:
	%5 = phi i32 [ %0, %entry ], [ %21, %9 ]
	%6 = phi i32 [ 0, %entry ], [ %15, %9 ]
	%7 = phi i32 [ 0, %entry ], [ %20, %9 ]
	%8 = icmp slt i32 %5, %R
	br i1 %8, label %9, label %22

9:
	%10 = add i32 %3, %5
	%11 = mul i32 %10, 2
	%12 = sext i32 %11 to i64
	%13 = getelementptr i32, i32* %cnt, i64 %12
	%14 = load i32, i32* %13
	%15 = add i32 %6, %14
	%16 = add i32 %11, 1
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %cnt, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %7, %19
	%21 = add i32 %5, 256
	br label %4

22:
	%23 = and i32 %0, 31
	%24 = lshr i32 %0, 5
	%25 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6, i32 1, i32 0)
	%26 = icmp uge i32 %23, 1
	%27 = select i1 %26, i32 %25, i32 0
	%28 = add i32 %6, %27
	%29 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %28, i32 2, i32 0)
	%30 = icmp uge i32 %23, 2
	%31 = select i1 %30, i32 %29, i32 0
	%32 = add i32 %28, %31
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %32, i32 4, i32 0)
	%34 = icmp uge i32 %23, 4
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %32, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 8, i32 0)
	%38 = icmp uge i32 %23, 8
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 16, i32 0)
	%42 = icmp uge i32 %23, 16
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = icmp eq i32 %23, 31
	br i1 %45, label %46, label %48

46:
	%47 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %24
	store i32 %44, i32 addrspace(3)* %47
	br label %48

48:
	call void @llvm.nvvm.barrier0()
	%49 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%50 = load i32, i32 addrspace(3)* %49
	%51 = icmp sgt i32 %24, 0
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 0, %52
	%54 = add i32 0, %50
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%56 = load i32, i32 addrspace(3)* %55
	%57 = icmp sgt i32 %24, 1
	%58 = select i1 %57, i32 %56, i32 0
	%59 = add i32 %53, %58
	%60 = add i32 %54, %56
	%61 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%62 = load i32, i32 addrspace(3)* %61
	%63 = icmp sgt i32 %24, 2
	%64 = select i1 %63, i32 %62, i32 0
	%65 = add i32 %59, %64
	%66 = add i32 %60, %62
	%67 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%68 = load i32, i32 addrspace(3)* %67
	%69 = icmp sgt i32 %24, 3
	%70 = select i1 %69, i32 %68, i32 0
	%71 = add i32 %65, %70
	%72 = add i32 %66, %68
	%73 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%74 = load i32, i32 addrspace(3)* %73
	%75 = icmp sgt i32 %24, 4
	%76 = select i1 %75, i32 %74, i32 0
	%77 = add i32 %71, %76
	%78 = add i32 %72, %74
	%79 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%80 = load i32, i32 addrspace(3)* %79
	%81 = icmp sgt i32 %24, 5
	%82 = select i1 %81, i32 %80, i32 0
	%83 = add i32 %77, %82
	%84 = add i32 %78, %80
	%85 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%86 = load i32, i32 addrspace(3)* %85
	%87 = icmp sgt i32 %24, 6
	%88 = select i1 %87, i32 %86, i32 0
	%89 = add i32 %83, %88
	%90 = add i32 %84, %86
	%91 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%92 = load i32, i32 addrspace(3)* %91
	%93 = icmp sgt i32 %24, 7
	%94 = select i1 %93, i32 %92, i32 0
	%95 = add i32 %89, %94
	%96 = add i32 %90, %92
	%97 = add i32 %95, %44
	%98 = sub i32 %97, %6
	%99 = and i32 %0, 31
	%100 = lshr i32 %0, 5
	%101 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7, i32 1, i32 0)
	%102 = icmp uge i32 %99, 1
	%103 = select i1 %102, i32 %101, i32 0
	%104 = add i32 %7, %103
	%105 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %104, i32 2, i32 0)
	%106 = icmp uge i32 %99, 2
	%107 = select i1 %106, i32 %105, i32 0
	%108 = add i32 %104, %107
	%109 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %108, i32 4, i32 0)
	%110 = icmp uge i32 %99, 4
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %108, %111
	%113 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %112, i32 8, i32 0)
	%114 = icmp uge i32 %99, 8
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %112, %115
	%117 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %116, i32 16, i32 0)
	%118 = icmp uge i32 %99, 16
	%119 = select i1 %118, i32 %117, i32 0
	%120 = add i32 %116, %119
	%121 = icmp eq i32 %99, 31
	br i1 %121, label %122, label %124

122:
	%123 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %100
	store i32 %120, i32 addrspace(3)* %123
	br label %124

124:
	call void @llvm.nvvm.barrier0()
	%125 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%126 = load i32, i32 addrspace(3)* %125
	%127 = icmp sgt i32 %100, 0
	%128 = select i1 %127, i32 %126, i32 0
	%129 = add i32 0, %128
	%130 = add i32 0, %126
	%131 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%132 = load i32, i32 addrspace(3)* %131
	%133 = icmp sgt i32 %100, 1
	%134 = select i1 %133, i32 %132, i32 0
	%135 = add i32 %129, %134
	%136 = add i32 %130, %132
	%137 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%138 = load i32, i32 addrspace(3)* %137
	%139 = icmp sgt i32 %100, 2
	%140 = select i1 %139, i32 %138, i32 0
	%141 = add i32 %135, %140
	%142 = add i32 %136, %138
	%143 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%144 = load i32, i32 addrspace(3)* %143
	%145 = icmp sgt i32 %100, 3
	%146 = select i1 %145, i32 %144, i32 0
	%147 = add i32 %141, %146
	%148 = add i32 %142, %144
	%149 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%150 = load i32, i32 addrspace(3)* %149
	%151 = icmp sgt i32 %100, 4
	%152 = select i1 %151, i32 %150, i32 0
	%153 = add i32 %147, %152
	%154 = add i32 %148, %150
	%155 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%156 = load i32, i32 addrspace(3)* %155
	%157 = icmp sgt i32 %100, 5
	%158 = select i1 %157, i32 %156, i32 0
	%159 = add i32 %153, %158
	%160 = add i32 %154, %156
	%161 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%162 = load i32, i32 addrspace(3)* %161
	%163 = icmp sgt i32 %100, 6
	%164 = select i1 %163, i32 %162, i32 0
	%165 = add i32 %159, %164
	%166 = add i32 %160, %162
	%167 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%168 = load i32, i32 addrspace(3)* %167
	%169 = icmp sgt i32 %100, 7
	%170 = select i1 %169, i32 %168, i32 0
	%171 = add i32 %165, %170
	%172 = add i32 %166, %168
	%173 = add i32 %171, %120
	%174 = sub i32 %173, %7
	%175 = sitofp i32 %96 to double
	%176 = fmul double 0x3FB7CED916872B02, %175
	%177 = fsub double %176, 0x3E112E0BE826D695
	%178 = call double @llvm.ceil.f64(double %177)
	%179 = fptosi double %178 to i32
	%180 = sub i32 %179, %172
	%181 = sub i32 %96, %172
	%182 = icmp slt i32 %180, %181
	%183 = select i1 %182, i32 %180, i32 %181
	%184 = icmp sgt i32 %183, 0
	%185 = select i1 %184, i32 %183, i32 0
	%186 = icmp eq i32 %185, 0
	%187 = icmp eq i32 %0, 0
	br i1 %187, label %188, label %203

188:
	%189 = select i1 %186, i32 -1, i32 0
	%190 = add i32 %2, 0
	%191 = sext i32 %190 to i64
	%192 = getelementptr i32, i32* %state, i64 %191
	store i32 %189, i32* %192
	%193 = add i32 %2, 1
	%194 = sext i32 %193 to i64
	%195 = getelementptr i32, i32* %state, i64 %194
	store i32 %189, i32* %195
	%196 = add i32 %2, 2
	%197 = sext i32 %196 to i64
	%198 = getelementptr i32, i32* %state, i64 %197
	store i32 %185, i32* %198
	%199 = zext i1 %186 to i32
	%200 = add i32 %2, 3
	%201 = sext i32 %200 to i64
	%202 = getelementptr i32, i32* %state, i64 %201
	store i32 %199, i32* %202
	br label %203

203:
	%204 = add i32 %0, 0
	%205 = mul i32 %1, 2048
	%206 = add i32 %205, %204
	%207 = sext i32 %206 to i64
	%208 = getelementptr i32, i32* %hist, i64 %207
	store i32 0, i32* %208
	%209 = add i32 %0, 256
	%210 = mul i32 %1, 2048
	%211 = add i32 %210, %209
	%212 = sext i32 %211 to i64
	%213 = getelementptr i32, i32* %hist, i64 %212
	store i32 0, i32* %213
	%214 = add i32 %0, 512
	%215 = mul i32 %1, 2048
	%216 = add i32 %215, %214
	%217 = sext i32 %216 to i64
	%218 = getelementptr i32, i32* %hist, i64 %217
	store i32 0, i32* %218
	%219 = add i32 %0, 768
	%220 = mul i32 %1, 2048
	%221 = add i32 %220, %219
	%222 = sext i32 %221 to i64
	%223 = getelementptr i32, i32* %hist, i64 %222
	store i32 0, i32* %223
	%224 = add i32 %0, 1024
	%225 = mul i32 %1, 2048
	%226 = add i32 %225, %224
	%227 = sext i32 %226 to i64
	%228 = getelementptr i32, i32* %hist, i64 %227
	store i32 0, i32* %228
	%229 = add i32 %0, 1280
	%230 = mul i32 %1, 2048
	%231 = add i32 %230, %229
	%232 = sext i32 %231 to i64
	%233 = getelementptr i32, i32* %hist, i64 %232
	store i32 0, i32* %233
	%234 = add i32 %0, 1536
	%235 = mul i32 %1, 2048
	%236 = add i32 %235, %234
	%237 = sext i32 %236 to i64
	%238 = getelementptr i32, i32* %hist, i64 %237
	store i32 0, i32* %238
	%239 = add i32 %0, 1792
	%240 = mul i32 %1, 2048
	%241 = add i32 %240, %239
	%242 = sext i32 %241 to i64
	%243 = getelementptr i32, i32* %hist, i64 %242
	store i32 0, i32* %243
	ret void
}
