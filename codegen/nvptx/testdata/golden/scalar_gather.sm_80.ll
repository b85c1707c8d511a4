; scalargather
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@scalargather_permute0_probe = internal addrspace(3) global [64 x float] undef, align 16
@scalargather_permute0_keys = internal addrspace(3) global [256 x i64] undef, align 16
@scalargather_permute0_flag = internal addrspace(3) global [2 x i32] undef, align 4
@scalargather_select2_x = internal addrspace(3) global [4096 x i32] undef, align 16
@scalargather_select2_c = internal addrspace(3) global [4096 x i32] undef, align 16
@scalargather_select2_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@scalargather_select2_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@scalargather_select2_hist = internal addrspace(3) global [256 x i32] undef, align 16
@scalargather_select2_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@scalargather_select2_red = internal addrspace(3) global [32 x float] undef, align 16
@scalargather_select2_scana = internal addrspace(3) global [8 x i32] undef, align 16
@scalargather_select2_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@scalargather_select2_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@scalargather_select2_sel = internal addrspace(3) global [2 x i32] undef, align 16
@scalargather_select2_mass = internal addrspace(3) global [1 x double] undef, align 16
@scalargather_select2_histm = internal addrspace(3) global [256 x i32] undef, align 16
@scalargather_select2_bins = internal addrspace(3) global [4 x i32] undef, align 16
@scalargather_scores1_a = internal addrspace(3) global [1088 x float] undef, align 16
@scalargather_scores1_b = internal addrspace(3) global [1088 x float] undef, align 16

define ptx_kernel void @scalargather_permute0(float* %q, float* %k, i32* %perm, i32 %M, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = sdiv i32 %2, %group
	%4 = icmp eq i32 %0, 0
	br i1 %4, label %5, label %8

5:
	%6 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 0
	store i32 0, i32 addrspace(3)* %6
	%7 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 1
	store i32 0, i32 addrspace(3)* %7
	br label %8

8:
	%9 = add i32 %M, 255
	%10 = sdiv i32 %9, 256
	%11 = sub i32 %10, 1
	%12 = mul i32 %11, 256
	%13 = sub i32 %M, %12
	%14 = sitofp i32 %13 to float
	%15 = mul i32 %2, %M
	%16 = mul i32 %15, 64
	%17 = sext i32 %16 to i64
	%18 = getelementptr float, float* %q, i64 %17
	br label %19

19:
	%20 = phi i32 [ %0, %8 ], [ %44, %41 ]
	%21 = icmp slt i32 %20, 64
	br i1 %21, label %22, label %23

22:
	br label %29

23:
	call void @llvm.nvvm.barrier0()
	%24 = mul i32 %1, 256
	%25 = add i32 %24, %0
	%26 = icmp slt i32 %0, 256
	%27 = icmp slt i32 %25, %N
	%28 = and i1 %26, %27
	br i1 %28, label %45, label %51

29:
	%30 = phi i32 [ %12, %22 ], [ %40, %33 ]
	%31 = phi float [ 0.0, %22 ], [ %39, %33 ]
	%32 = icmp slt i32 %30, %M
	br i1 %32, label %33, label %41

33:
	%34 = mul i32 %30, 64
	%35 = add i32 %34, %20
	%36 = sext i32 %35 to i64
	%37 = getelementptr float, float* %18, i64 %36
	%38 = load float, float* %37
	%39 = fadd float %31, %38
	%40 = add i32 %30, 1
	br label %29

41:
	%42 = fdiv float %31, %14
	%43 = getelementptr [64 x float], [64 x float] addrspace(3)* @scalargather_permute0_probe, i32 0, i32 %20
	store float %42, float addrspace(3)* %43
	%44 = add i32 %20, 256
	br label %19

45:
	%46 = mul i32 %3, %N
	%47 = add i32 %46, %25
	%48 = mul i32 %47, 64
	%49 = sext i32 %48 to i64
	%50 = getelementptr float, float* %k, i64 %49
	br label %62

51:
	%52 = phi float [ 0.0, %23 ], [ %75, %74 ]
	%53 = and i32 %0, 31
	%54 = icmp eq i32 %53, 0
	%55 = fcmp ueq float %52, 0x7FF0000000000000
	%56 = and i1 %28, %55
	%57 = fcmp ogt float %52, 0xFFF0000000000000
	%58 = and i1 %28, %57
	%59 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %56)
	%60 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %58)
	%61 = and i1 %59, %54
	br i1 %61, label %76, label %78

62:
	%63 = phi i32 [ 0, %45 ], [ %73, %66 ]
	%64 = phi float [ 0.0, %45 ], [ %72, %66 ]
	%65 = icmp slt i32 %63, 64
	br i1 %65, label %66, label %74

66:
	%67 = sext i32 %63 to i64
	%68 = getelementptr float, float* %50, i64 %67
	%69 = load float, float* %68
	%70 = getelementptr [64 x float], [64 x float] addrspace(3)* @scalargather_permute0_probe, i32 0, i32 %63
	%71 = load float, float addrspace(3)* %70
	%72 = call float @llvm.fma.f32(float %71, float %69, float %64)
	%73 = add i32 %63, 1
	br label %62

74:
	%75 = fmul float %64, 0.125
	br label %51

76:
	%77 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %77
	br label %78

78:
	%79 = and i1 %60, %54
	br i1 %79, label %80, label %82

80:
	%81 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %81
	br label %82

82:
	call void @llvm.nvvm.barrier0()
	%83 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 0
	%84 = load i32, i32 addrspace(3)* %83
	%85 = icmp ne i32 %84, 0
	%86 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 1
	%87 = load i32, i32 addrspace(3)* %86
	%88 = icmp eq i32 %87, 0
	%89 = or i1 %85, %88
	br i1 %89, label %identity, label %sort

sort:
	%90 = bitcast float %52 to i32
	%91 = icmp slt i32 %90, 0
	%92 = select i1 %91, i32 -1, i32 -2147483648
	%93 = xor i32 %90, %92
	%94 = xor i32 %93, -1
	%95 = zext i32 %94 to i64
	%96 = shl i64 %95, 32
	%97 = zext i32 %25 to i64
	%98 = or i64 %96, %97
	%99 = select i1 %28, i64 %98, i64 -1
	%100 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %99, i64 addrspace(3)* %100
	call void @llvm.nvvm.barrier0()
	%101 = xor i32 %0, 1
	%102 = icmp ugt i32 %101, %0
	br i1 %102, label %109, label %119

identity:
	br i1 %28, label %103, label %108

done:
	ret void

103:
	%104 = mul i32 %2, %N
	%105 = add i32 %104, %25
	%106 = sext i32 %105 to i64
	%107 = getelementptr i32, i32* %perm, i64 %106
	store i32 %25, i32* %107
	br label %108

108:
	br label %done

109:
	%110 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%111 = load i64, i64 addrspace(3)* %110
	%112 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %101
	%113 = load i64, i64 addrspace(3)* %112
	%114 = and i32 %0, 2
	%115 = icmp eq i32 %114, 0
	%116 = icmp ugt i64 %111, %113
	%117 = icmp ult i64 %111, %113
	%118 = select i1 %115, i1 %116, i1 %117
	br i1 %118, label %122, label %125

119:
	call void @llvm.nvvm.barrier0()
	%120 = xor i32 %0, 2
	%121 = icmp ugt i32 %120, %0
	br i1 %121, label %126, label %136

122:
	%123 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %113, i64 addrspace(3)* %123
	%124 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %101
	store i64 %111, i64 addrspace(3)* %124
	br label %125

125:
	br label %119

126:
	%127 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%128 = load i64, i64 addrspace(3)* %127
	%129 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %120
	%130 = load i64, i64 addrspace(3)* %129
	%131 = and i32 %0, 4
	%132 = icmp eq i32 %131, 0
	%133 = icmp ugt i64 %128, %130
	%134 = icmp ult i64 %128, %130
	%135 = select i1 %132, i1 %133, i1 %134
	br i1 %135, label %139, label %142

136:
	call void @llvm.nvvm.barrier0()
	%137 = xor i32 %0, 1
	%138 = icmp ugt i32 %137, %0
	br i1 %138, label %143, label %153

139:
	%140 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %130, i64 addrspace(3)* %140
	%141 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %120
	store i64 %128, i64 addrspace(3)* %141
	br label %142

142:
	br label %136

143:
	%144 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%145 = load i64, i64 addrspace(3)* %144
	%146 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %137
	%147 = load i64, i64 addrspace(3)* %146
	%148 = and i32 %0, 4
	%149 = icmp eq i32 %148, 0
	%150 = icmp ugt i64 %145, %147
	%151 = icmp ult i64 %145, %147
	%152 = select i1 %149, i1 %150, i1 %151
	br i1 %152, label %156, label %159

153:
	call void @llvm.nvvm.barrier0()
	%154 = xor i32 %0, 4
	%155 = icmp ugt i32 %154, %0
	br i1 %155, label %160, label %170

156:
	%157 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %147, i64 addrspace(3)* %157
	%158 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %137
	store i64 %145, i64 addrspace(3)* %158
	br label %159

159:
	br label %153

160:
	%161 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%162 = load i64, i64 addrspace(3)* %161
	%163 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %154
	%164 = load i64, i64 addrspace(3)* %163
	%165 = and i32 %0, 8
	%166 = icmp eq i32 %165, 0
	%167 = icmp ugt i64 %162, %164
	%168 = icmp ult i64 %162, %164
	%169 = select i1 %166, i1 %167, i1 %168
	br i1 %169, label %173, label %176

170:
	call void @llvm.nvvm.barrier0()
	%171 = xor i32 %0, 2
	%172 = icmp ugt i32 %171, %0
	br i1 %172, label %177, label %187

173:
	%174 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %164, i64 addrspace(3)* %174
	%175 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %154
	store i64 %162, i64 addrspace(3)* %175
	br label %176

176:
	br label %170

177:
	%178 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%179 = load i64, i64 addrspace(3)* %178
	%180 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %171
	%181 = load i64, i64 addrspace(3)* %180
	%182 = and i32 %0, 8
	%183 = icmp eq i32 %182, 0
	%184 = icmp ugt i64 %179, %181
	%185 = icmp ult i64 %179, %181
	%186 = select i1 %183, i1 %184, i1 %185
	br i1 %186, label %190, label %193

187:
	call void @llvm.nvvm.barrier0()
	%188 = xor i32 %0, 1
	%189 = icmp ugt i32 %188, %0
	br i1 %189, label %194, label %204

190:
	%191 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %181, i64 addrspace(3)* %191
	%192 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %171
	store i64 %179, i64 addrspace(3)* %192
	br label %193

193:
	br label %187

194:
	%195 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%196 = load i64, i64 addrspace(3)* %195
	%197 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %188
	%198 = load i64, i64 addrspace(3)* %197
	%199 = and i32 %0, 8
	%200 = icmp eq i32 %199, 0
	%201 = icmp ugt i64 %196, %198
	%202 = icmp ult i64 %196, %198
	%203 = select i1 %200, i1 %201, i1 %202
	br i1 %203, label %207, label %210

204:
	call void @llvm.nvvm.barrier0()
	%205 = xor i32 %0, 8
	%206 = icmp ugt i32 %205, %0
	br i1 %206, label %211, label %221

207:
	%208 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %198, i64 addrspace(3)* %208
	%209 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %188
	store i64 %196, i64 addrspace(3)* %209
	br label %210

210:
	br label %204

211:
	%212 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%213 = load i64, i64 addrspace(3)* %212
	%214 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %205
	%215 = load i64, i64 addrspace(3)* %214
	%216 = and i32 %0, 16
	%217 = icmp eq i32 %216, 0
	%218 = icmp ugt i64 %213, %215
	%219 = icmp ult i64 %213, %215
	%220 = select i1 %217, i1 %218, i1 %219
	br i1 %220, label %224, label %227

221:
	call void @llvm.nvvm.barrier0()
	%222 = xor i32 %0, 4
	%223 = icmp ugt i32 %222, %0
	br i1 %223, label %228, label %238

224:
	%225 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %215, i64 addrspace(3)* %225
	%226 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %205
	store i64 %213, i64 addrspace(3)* %226
	br label %227

227:
	br label %221

228:
	%229 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%230 = load i64, i64 addrspace(3)* %229
	%231 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %222
	%232 = load i64, i64 addrspace(3)* %231
	%233 = and i32 %0, 16
	%234 = icmp eq i32 %233, 0
	%235 = icmp ugt i64 %230, %232
	%236 = icmp ult i64 %230, %232
	%237 = select i1 %234, i1 %235, i1 %236
	br i1 %237, label %241, label %244

238:
	call void @llvm.nvvm.barrier0()
	%239 = xor i32 %0, 2
	%240 = icmp ugt i32 %239, %0
	br i1 %240, label %245, label %255

241:
	%242 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %232, i64 addrspace(3)* %242
	%243 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %222
	store i64 %230, i64 addrspace(3)* %243
	br label %244

244:
	br label %238

245:
	%246 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%247 = load i64, i64 addrspace(3)* %246
	%248 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %239
	%249 = load i64, i64 addrspace(3)* %248
	%250 = and i32 %0, 16
	%251 = icmp eq i32 %250, 0
	%252 = icmp ugt i64 %247, %249
	%253 = icmp ult i64 %247, %249
	%254 = select i1 %251, i1 %252, i1 %253
	br i1 %254, label %258, label %261

255:
	call void @llvm.nvvm.barrier0()
	%256 = xor i32 %0, 1
	%257 = icmp ugt i32 %256, %0
	br i1 %257, label %262, label %272

258:
	%259 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %249, i64 addrspace(3)* %259
	%260 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %239
	store i64 %247, i64 addrspace(3)* %260
	br label %261

261:
	br label %255

262:
	%263 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%264 = load i64, i64 addrspace(3)* %263
	%265 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %256
	%266 = load i64, i64 addrspace(3)* %265
	%267 = and i32 %0, 16
	%268 = icmp eq i32 %267, 0
	%269 = icmp ugt i64 %264, %266
	%270 = icmp ult i64 %264, %266
	%271 = select i1 %268, i1 %269, i1 %270
	br i1 %271, label %275, label %278

272:
	call void @llvm.nvvm.barrier0()
	%273 = xor i32 %0, 16
	%274 = icmp ugt i32 %273, %0
	br i1 %274, label %279, label %289

275:
	%276 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %266, i64 addrspace(3)* %276
	%277 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %256
	store i64 %264, i64 addrspace(3)* %277
	br label %278

278:
	br label %272

279:
	%280 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%281 = load i64, i64 addrspace(3)* %280
	%282 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %273
	%283 = load i64, i64 addrspace(3)* %282
	%284 = and i32 %0, 32
	%285 = icmp eq i32 %284, 0
	%286 = icmp ugt i64 %281, %283
	%287 = icmp ult i64 %281, %283
	%288 = select i1 %285, i1 %286, i1 %287
	br i1 %288, label %292, label %295

289:
	call void @llvm.nvvm.barrier0()
	%290 = xor i32 %0, 8
	%291 = icmp ugt i32 %290, %0
	br i1 %291, label %296, label %306

292:
	%293 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %283, i64 addrspace(3)* %293
	%294 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %273
	store i64 %281, i64 addrspace(3)* %294
	br label %295

295:
	br label %289

296:
	%297 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%298 = load i64, i64 addrspace(3)* %297
	%299 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %290
	%300 = load i64, i64 addrspace(3)* %299
	%301 = and i32 %0, 32
	%302 = icmp eq i32 %301, 0
	%303 = icmp ugt i64 %298, %300
	%304 = icmp ult i64 %298, %300
	%305 = select i1 %302, i1 %303, i1 %304
	br i1 %305, label %309, label %312

306:
	call void @llvm.nvvm.barrier0()
	%307 = xor i32 %0, 4
	%308 = icmp ugt i32 %307, %0
	br i1 %308, label %313, label %323

309:
	%310 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %300, i64 addrspace(3)* %310
	%311 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %290
	store i64 %298, i64 addrspace(3)* %311
	br label %312

312:
	br label %306

313:
	%314 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%315 = load i64, i64 addrspace(3)* %314
	%316 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %307
	%317 = load i64, i64 addrspace(3)* %316
	%318 = and i32 %0, 32
	%319 = icmp eq i32 %318, 0
	%320 = icmp ugt i64 %315, %317
	%321 = icmp ult i64 %315, %317
	%322 = select i1 %319, i1 %320, i1 %321
	br i1 %322, label %326, label %329

323:
	call void @llvm.nvvm.barrier0()
	%324 = xor i32 %0, 2
	%325 = icmp ugt i32 %324, %0
	br i1 %325, label %330, label %340

326:
	%327 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %317, i64 addrspace(3)* %327
	%328 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %307
	store i64 %315, i64 addrspace(3)* %328
	br label %329

329:
	br label %323

330:
	%331 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%332 = load i64, i64 addrspace(3)* %331
	%333 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %324
	%334 = load i64, i64 addrspace(3)* %333
	%335 = and i32 %0, 32
	%336 = icmp eq i32 %335, 0
	%337 = icmp ugt i64 %332, %334
	%338 = icmp ult i64 %332, %334
	%339 = select i1 %336, i1 %337, i1 %338
	br i1 %339, label %343, label %346

340:
	call void @llvm.nvvm.barrier0()
	%341 = xor i32 %0, 1
	%342 = icmp ugt i32 %341, %0
	br i1 %342, label %347, label %357

343:
	%344 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %334, i64 addrspace(3)* %344
	%345 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %324
	store i64 %332, i64 addrspace(3)* %345
	br label %346

346:
	br label %340

347:
	%348 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%349 = load i64, i64 addrspace(3)* %348
	%350 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %341
	%351 = load i64, i64 addrspace(3)* %350
	%352 = and i32 %0, 32
	%353 = icmp eq i32 %352, 0
	%354 = icmp ugt i64 %349, %351
	%355 = icmp ult i64 %349, %351
	%356 = select i1 %353, i1 %354, i1 %355
	br i1 %356, label %360, label %363

357:
	call void @llvm.nvvm.barrier0()
	%358 = xor i32 %0, 32
	%359 = icmp ugt i32 %358, %0
	br i1 %359, label %364, label %374

360:
	%361 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %351, i64 addrspace(3)* %361
	%362 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %341
	store i64 %349, i64 addrspace(3)* %362
	br label %363

363:
	br label %357

364:
	%365 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%366 = load i64, i64 addrspace(3)* %365
	%367 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %358
	%368 = load i64, i64 addrspace(3)* %367
	%369 = and i32 %0, 64
	%370 = icmp eq i32 %369, 0
	%371 = icmp ugt i64 %366, %368
	%372 = icmp ult i64 %366, %368
	%373 = select i1 %370, i1 %371, i1 %372
	br i1 %373, label %377, label %380

374:
	call void @llvm.nvvm.barrier0()
	%375 = xor i32 %0, 16
	%376 = icmp ugt i32 %375, %0
	br i1 %376, label %381, label %391

377:
	%378 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %368, i64 addrspace(3)* %378
	%379 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %358
	store i64 %366, i64 addrspace(3)* %379
	br label %380

380:
	br label %374

381:
	%382 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%383 = load i64, i64 addrspace(3)* %382
	%384 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %375
	%385 = load i64, i64 addrspace(3)* %384
	%386 = and i32 %0, 64
	%387 = icmp eq i32 %386, 0
	%388 = icmp ugt i64 %383, %385
	%389 = icmp ult i64 %383, %385
	%390 = select i1 %387, i1 %388, i1 %389
	br i1 %390, label %394, label %397

391:
	call void @llvm.nvvm.barrier0()
	%392 = xor i32 %0, 8
	%393 = icmp ugt i32 %392, %0
	br i1 %393, label %398, label %408

394:
	%395 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %385, i64 addrspace(3)* %395
	%396 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %375
	store i64 %383, i64 addrspace(3)* %396
	br label %397

397:
	br label %391

398:
	%399 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%400 = load i64, i64 addrspace(3)* %399
	%401 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %392
	%402 = load i64, i64 addrspace(3)* %401
	%403 = and i32 %0, 64
	%404 = icmp eq i32 %403, 0
	%405 = icmp ugt i64 %400, %402
	%406 = icmp ult i64 %400, %402
	%407 = select i1 %404, i1 %405, i1 %406
	br i1 %407, label %411, label %414

408:
	call void @llvm.nvvm.barrier0()
	%409 = xor i32 %0, 4
	%410 = icmp ugt i32 %409, %0
	br i1 %410, label %415, label %425

411:
	%412 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %402, i64 addrspace(3)* %412
	%413 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %392
	store i64 %400, i64 addrspace(3)* %413
	br label %414

414:
	br label %408

415:
	%416 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%417 = load i64, i64 addrspace(3)* %416
	%418 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %409
	%419 = load i64, i64 addrspace(3)* %418
	%420 = and i32 %0, 64
	%421 = icmp eq i32 %420, 0
	%422 = icmp ugt i64 %417, %419
	%423 = icmp ult i64 %417, %419
	%424 = select i1 %421, i1 %422, i1 %423
	br i1 %424, label %428, label %431

425:
	call void @llvm.nvvm.barrier0()
	%426 = xor i32 %0, 2
	%427 = icmp ugt i32 %426, %0
	br i1 %427, label %432, label %442

428:
	%429 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %419, i64 addrspace(3)* %429
	%430 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %409
	store i64 %417, i64 addrspace(3)* %430
	br label %431

431:
	br label %425

432:
	%433 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%434 = load i64, i64 addrspace(3)* %433
	%435 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %426
	%436 = load i64, i64 addrspace(3)* %435
	%437 = and i32 %0, 64
	%438 = icmp eq i32 %437, 0
	%439 = icmp ugt i64 %434, %436
	%440 = icmp ult i64 %434, %436
	%441 = select i1 %438, i1 %439, i1 %440
	br i1 %441, label %445, label %448

442:
	call void @llvm.nvvm.barrier0()
	%443 = xor i32 %0, 1
	%444 = icmp ugt i32 %443, %0
	br i1 %444, label %449, label %459

445:
	%446 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %436, i64 addrspace(3)* %446
	%447 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %426
	store i64 %434, i64 addrspace(3)* %447
	br label %448

448:
	br label %442

449:
	%450 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%451 = load i64, i64 addrspace(3)* %450
	%452 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %443
	%453 = load i64, i64 addrspace(3)* %452
	%454 = and i32 %0, 64
	%455 = icmp eq i32 %454, 0
	%456 = icmp ugt i64 %451, %453
	%457 = icmp ult i64 %451, %453
	%458 = select i1 %455, i1 %456, i1 %457
	br i1 %458, label %462, label %465

459:
	call void @llvm.nvvm.barrier0()
	%460 = xor i32 %0, 64
	%461 = icmp ugt i32 %460, %0
	br i1 %461, label %466, label %476

462:
	%463 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %453, i64 addrspace(3)* %463
	%464 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %443
	store i64 %451, i64 addrspace(3)* %464
	br label %465

465:
	br label %459

466:
	%467 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%468 = load i64, i64 addrspace(3)* %467
	%469 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %460
	%470 = load i64, i64 addrspace(3)* %469
	%471 = and i32 %0, 128
	%472 = icmp eq i32 %471, 0
	%473 = icmp ugt i64 %468, %470
	%474 = icmp ult i64 %468, %470
	%475 = select i1 %472, i1 %473, i1 %474
	br i1 %475, label %479, label %482

476:
	call void @llvm.nvvm.barrier0()
	%477 = xor i32 %0, 32
	%478 = icmp ugt i32 %477, %0
	br i1 %478, label %483, label %493

479:
	%480 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %470, i64 addrspace(3)* %480
	%481 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %460
	store i64 %468, i64 addrspace(3)* %481
	br label %482

482:
	br label %476

483:
	%484 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%485 = load i64, i64 addrspace(3)* %484
	%486 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %477
	%487 = load i64, i64 addrspace(3)* %486
	%488 = and i32 %0, 128
	%489 = icmp eq i32 %488, 0
	%490 = icmp ugt i64 %485, %487
	%491 = icmp ult i64 %485, %487
	%492 = select i1 %489, i1 %490, i1 %491
	br i1 %492, label %496, label %499

493:
	call void @llvm.nvvm.barrier0()
	%494 = xor i32 %0, 16
	%495 = icmp ugt i32 %494, %0
	br i1 %495, label %500, label %510

496:
	%497 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %487, i64 addrspace(3)* %497
	%498 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %477
	store i64 %485, i64 addrspace(3)* %498
	br label %499

499:
	br label %493

500:
	%501 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%502 = load i64, i64 addrspace(3)* %501
	%503 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %494
	%504 = load i64, i64 addrspace(3)* %503
	%505 = and i32 %0, 128
	%506 = icmp eq i32 %505, 0
	%507 = icmp ugt i64 %502, %504
	%508 = icmp ult i64 %502, %504
	%509 = select i1 %506, i1 %507, i1 %508
	br i1 %509, label %513, label %516

510:
	call void @llvm.nvvm.barrier0()
	%511 = xor i32 %0, 8
	%512 = icmp ugt i32 %511, %0
	br i1 %512, label %517, label %527

513:
	%514 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %504, i64 addrspace(3)* %514
	%515 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %494
	store i64 %502, i64 addrspace(3)* %515
	br label %516

516:
	br label %510

517:
	%518 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%519 = load i64, i64 addrspace(3)* %518
	%520 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %511
	%521 = load i64, i64 addrspace(3)* %520
	%522 = and i32 %0, 128
	%523 = icmp eq i32 %522, 0
	%524 = icmp ugt i64 %519, %521
	%525 = icmp ult i64 %519, %521
	%526 = select i1 %523, i1 %524, i1 %525
	br i1 %526, label %530, label %533

527:
	call void @llvm.nvvm.barrier0()
	%528 = xor i32 %0, 4
	%529 = icmp ugt i32 %528, %0
	br i1 %529, label %534, label %544

530:
	%531 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %521, i64 addrspace(3)* %531
	%532 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %511
	store i64 %519, i64 addrspace(3)* %532
	br label %533

533:
	br label %527

534:
	%535 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%536 = load i64, i64 addrspace(3)* %535
	%537 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %528
	%538 = load i64, i64 addrspace(3)* %537
	%539 = and i32 %0, 128
	%540 = icmp eq i32 %539, 0
	%541 = icmp ugt i64 %536, %538
	%542 = icmp ult i64 %536, %538
	%543 = select i1 %540, i1 %541, i1 %542
	br i1 %543, label %547, label %550

544:
	call void @llvm.nvvm.barrier0()
	%545 = xor i32 %0, 2
	%546 = icmp ugt i32 %545, %0
	br i1 %546, label %551, label %561

547:
	%548 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %538, i64 addrspace(3)* %548
	%549 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %528
	store i64 %536, i64 addrspace(3)* %549
	br label %550

550:
	br label %544

551:
	%552 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%553 = load i64, i64 addrspace(3)* %552
	%554 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %545
	%555 = load i64, i64 addrspace(3)* %554
	%556 = and i32 %0, 128
	%557 = icmp eq i32 %556, 0
	%558 = icmp ugt i64 %553, %555
	%559 = icmp ult i64 %553, %555
	%560 = select i1 %557, i1 %558, i1 %559
	br i1 %560, label %564, label %567

561:
	call void @llvm.nvvm.barrier0()
	%562 = xor i32 %0, 1
	%563 = icmp ugt i32 %562, %0
	br i1 %563, label %568, label %578

564:
	%565 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %555, i64 addrspace(3)* %565
	%566 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %545
	store i64 %553, i64 addrspace(3)* %566
	br label %567

567:
	br label %561

568:
	%569 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%570 = load i64, i64 addrspace(3)* %569
	%571 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %562
	%572 = load i64, i64 addrspace(3)* %571
	%573 = and i32 %0, 128
	%574 = icmp eq i32 %573, 0
	%575 = icmp ugt i64 %570, %572
	%576 = icmp ult i64 %570, %572
	%577 = select i1 %574, i1 %575, i1 %576
	br i1 %577, label %581, label %584

578:
	call void @llvm.nvvm.barrier0()
	%579 = xor i32 %0, 128
	%580 = icmp ugt i32 %579, %0
	br i1 %580, label %585, label %595

581:
	%582 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %572, i64 addrspace(3)* %582
	%583 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %562
	store i64 %570, i64 addrspace(3)* %583
	br label %584

584:
	br label %578

585:
	%586 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%587 = load i64, i64 addrspace(3)* %586
	%588 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %579
	%589 = load i64, i64 addrspace(3)* %588
	%590 = and i32 %0, 256
	%591 = icmp eq i32 %590, 0
	%592 = icmp ugt i64 %587, %589
	%593 = icmp ult i64 %587, %589
	%594 = select i1 %591, i1 %592, i1 %593
	br i1 %594, label %598, label %601

595:
	call void @llvm.nvvm.barrier0()
	%596 = xor i32 %0, 64
	%597 = icmp ugt i32 %596, %0
	br i1 %597, label %602, label %612

598:
	%599 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %589, i64 addrspace(3)* %599
	%600 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %579
	store i64 %587, i64 addrspace(3)* %600
	br label %601

601:
	br label %595

602:
	%603 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%604 = load i64, i64 addrspace(3)* %603
	%605 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %596
	%606 = load i64, i64 addrspace(3)* %605
	%607 = and i32 %0, 256
	%608 = icmp eq i32 %607, 0
	%609 = icmp ugt i64 %604, %606
	%610 = icmp ult i64 %604, %606
	%611 = select i1 %608, i1 %609, i1 %610
	br i1 %611, label %615, label %618

612:
	call void @llvm.nvvm.barrier0()
	%613 = xor i32 %0, 32
	%614 = icmp ugt i32 %613, %0
	br i1 %614, label %619, label %629

615:
	%616 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %606, i64 addrspace(3)* %616
	%617 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %596
	store i64 %604, i64 addrspace(3)* %617
	br label %618

618:
	br label %612

619:
	%620 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%621 = load i64, i64 addrspace(3)* %620
	%622 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %613
	%623 = load i64, i64 addrspace(3)* %622
	%624 = and i32 %0, 256
	%625 = icmp eq i32 %624, 0
	%626 = icmp ugt i64 %621, %623
	%627 = icmp ult i64 %621, %623
	%628 = select i1 %625, i1 %626, i1 %627
	br i1 %628, label %632, label %635

629:
	call void @llvm.nvvm.barrier0()
	%630 = xor i32 %0, 16
	%631 = icmp ugt i32 %630, %0
	br i1 %631, label %636, label %646

632:
	%633 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %623, i64 addrspace(3)* %633
	%634 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %613
	store i64 %621, i64 addrspace(3)* %634
	br label %635

635:
	br label %629

636:
	%637 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%638 = load i64, i64 addrspace(3)* %637
	%639 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %630
	%640 = load i64, i64 addrspace(3)* %639
	%641 = and i32 %0, 256
	%642 = icmp eq i32 %641, 0
	%643 = icmp ugt i64 %638, %640
	%644 = icmp ult i64 %638, %640
	%645 = select i1 %642, i1 %643, i1 %644
	br i1 %645, label %649, label %652

646:
	call void @llvm.nvvm.barrier0()
	%647 = xor i32 %0, 8
	%648 = icmp ugt i32 %647, %0
	br i1 %648, label %653, label %663

649:
	%650 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %640, i64 addrspace(3)* %650
	%651 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %630
	store i64 %638, i64 addrspace(3)* %651
	br label %652

652:
	br label %646

653:
	%654 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%655 = load i64, i64 addrspace(3)* %654
	%656 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %647
	%657 = load i64, i64 addrspace(3)* %656
	%658 = and i32 %0, 256
	%659 = icmp eq i32 %658, 0
	%660 = icmp ugt i64 %655, %657
	%661 = icmp ult i64 %655, %657
	%662 = select i1 %659, i1 %660, i1 %661
	br i1 %662, label %666, label %669

663:
	call void @llvm.nvvm.barrier0()
	%664 = xor i32 %0, 4
	%665 = icmp ugt i32 %664, %0
	br i1 %665, label %670, label %680

666:
	%667 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %657, i64 addrspace(3)* %667
	%668 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %647
	store i64 %655, i64 addrspace(3)* %668
	br label %669

669:
	br label %663

670:
	%671 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%672 = load i64, i64 addrspace(3)* %671
	%673 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %664
	%674 = load i64, i64 addrspace(3)* %673
	%675 = and i32 %0, 256
	%676 = icmp eq i32 %675, 0
	%677 = icmp ugt i64 %672, %674
	%678 = icmp ult i64 %672, %674
	%679 = select i1 %676, i1 %677, i1 %678
	br i1 %679, label %683, label %686

680:
	call void @llvm.nvvm.barrier0()
	%681 = xor i32 %0, 2
	%682 = icmp ugt i32 %681, %0
	br i1 %682, label %687, label %697

683:
	%684 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %674, i64 addrspace(3)* %684
	%685 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %664
	store i64 %672, i64 addrspace(3)* %685
	br label %686

686:
	br label %680

687:
	%688 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%689 = load i64, i64 addrspace(3)* %688
	%690 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %681
	%691 = load i64, i64 addrspace(3)* %690
	%692 = and i32 %0, 256
	%693 = icmp eq i32 %692, 0
	%694 = icmp ugt i64 %689, %691
	%695 = icmp ult i64 %689, %691
	%696 = select i1 %693, i1 %694, i1 %695
	br i1 %696, label %700, label %703

697:
	call void @llvm.nvvm.barrier0()
	%698 = xor i32 %0, 1
	%699 = icmp ugt i32 %698, %0
	br i1 %699, label %704, label %714

700:
	%701 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %691, i64 addrspace(3)* %701
	%702 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %681
	store i64 %689, i64 addrspace(3)* %702
	br label %703

703:
	br label %697

704:
	%705 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%706 = load i64, i64 addrspace(3)* %705
	%707 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %698
	%708 = load i64, i64 addrspace(3)* %707
	%709 = and i32 %0, 256
	%710 = icmp eq i32 %709, 0
	%711 = icmp ugt i64 %706, %708
	%712 = icmp ult i64 %706, %708
	%713 = select i1 %710, i1 %711, i1 %712
	br i1 %713, label %715, label %718

714:
	call void @llvm.nvvm.barrier0()
	br i1 %28, label %719, label %727

715:
	%716 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %708, i64 addrspace(3)* %716
	%717 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %698
	store i64 %706, i64 addrspace(3)* %717
	br label %718

718:
	br label %714

719:
	%720 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%721 = load i64, i64 addrspace(3)* %720
	%722 = trunc i64 %721 to i32
	%723 = mul i32 %2, %N
	%724 = add i32 %723, %25
	%725 = sext i32 %724 to i64
	%726 = getelementptr i32, i32* %perm, i64 %725
	store i32 %722, i32* %726
	br label %727

727:
	br label %done
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

define ptx_kernel void @scalargather_permclass0(i32* %perm, i8* %cls, i32 %M, i32 %N, i32 %NQ, i32 %NK, i32 %NS, i32 %seg) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%3 = mul i32 %2, 256
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%5 = add i32 %3, %4
	%6 = icmp slt i32 %5, %NK
	br i1 %6, label %7, label %18

7:
	%8 = mul i32 %5, 64
	%9 = add i32 %8, 64
	%10 = icmp slt i32 %9, %N
	%11 = select i1 %10, i32 %9, i32 %N
	%12 = mul i32 %1, %NS
	%13 = add i32 %12, %0
	%14 = sext i32 %13 to i64
	%15 = sext i32 %N to i64
	%16 = mul i64 %14, %15
	%17 = getelementptr i32, i32* %perm, i64 %16
	br label %19

18:
	ret void

19:
	%20 = phi i32 [ %8, %7 ], [ %32, %24 ]
	%21 = phi i32 [ u0x7FFFFFFF, %7 ], [ %29, %24 ]
	%22 = phi i32 [ -1, %7 ], [ %31, %24 ]
	%23 = icmp slt i32 %20, %11
	br i1 %23, label %24, label %33

24:
	%25 = sext i32 %20 to i64
	%26 = getelementptr i32, i32* %17, i64 %25
	%27 = load i32, i32* %26
	%28 = icmp slt i32 %21, %27
	%29 = select i1 %28, i32 %21, i32 %27
	%30 = icmp sgt i32 %22, %27
	%31 = select i1 %30, i32 %22, i32 %27
	%32 = add i32 %20, 1
	br label %19

33:
	%34 = sub i32 %11, %8
	%35 = icmp slt i32 %34, 64
	%36 = select i1 %35, i8 1, i8 2
	%37 = mul i32 %0, %seg
	%38 = sdiv i32 %37, 64
	%39 = add i32 %37, %seg
	%40 = add i32 %39, 63
	%41 = sdiv i32 %40, 64
	%42 = icmp slt i32 %41, %NQ
	%43 = select i1 %42, i32 %41, i32 %NQ
	br label %44

44:
	%45 = phi i32 [ %38, %33 ], [ %63, %47 ]
	%46 = icmp slt i32 %45, %43
	br i1 %46, label %47, label %64

47:
	%48 = mul i32 %45, 64
	%49 = add i32 %48, 64
	%50 = icmp slt i32 %49, %M
	%51 = select i1 %50, i32 %49, i32 %M
	%52 = sub i32 %51, 1
	%53 = icmp sle i32 %22, %48
	%54 = select i1 %53, i8 %36, i8 1
	%55 = icmp sgt i32 %21, %52
	%56 = select i1 %55, i8 0, i8 %54
	%57 = mul i32 %1, %NQ
	%58 = add i32 %57, %45
	%59 = mul i32 %58, %NK
	%60 = add i32 %59, %5
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %cls, i64 %61
	store i8 %56, i8* %62
	%63 = add i32 %45, 1
	br label %44

64:
	br label %18
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

define ptx_kernel void @scalargather_select2(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = add i32 %141, %off
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = icmp slt i32 %144, %M
	%146 = select i1 %145, i32 %144, i32 %M
	%147 = sub i32 %146, 1
	%148 = add i32 %147, %off
	%149 = icmp slt i32 %142, 0
	%150 = sub i32 0, %142
	%151 = sub i32 64, 1
	%152 = add i32 %150, %151
	%153 = sdiv i32 %152, 64
	%154 = sub i32 0, %153
	%155 = sdiv i32 %142, 64
	%156 = select i1 %149, i32 %154, i32 %155
	%157 = icmp slt i32 %148, 0
	%158 = sub i32 0, %148
	%159 = sub i32 64, 1
	%160 = add i32 %158, %159
	%161 = sdiv i32 %160, 64
	%162 = sub i32 0, %161
	%163 = sdiv i32 %148, 64
	%164 = select i1 %157, i32 %162, i32 %163
	br label %165

165:
	%166 = phi i32 [ %0, %116 ], [ %219, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %218, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %166
	%171 = load i32, i32 addrspace(3)* %170
	%172 = bitcast i32 %171 to float
	%173 = fcmp oge float %172, 0.0
	%174 = fmul float %172, %140
	%175 = select i1 %173, float %174, float -1.0
	%176 = icmp slt i32 %166, %NK
	br i1 %176, label %192, label %196

177:
	%178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 16, i32 31)
	%179 = fadd float %167, %178
	%180 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %179, i32 8, i32 31)
	%181 = fadd float %179, %180
	%182 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %181, i32 4, i32 31)
	%183 = fadd float %181, %182
	%184 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %183, i32 2, i32 31)
	%185 = fadd float %183, %184
	%186 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %185, i32 1, i32 31)
	%187 = fadd float %185, %186
	%188 = lshr i32 %0, 5
	%189 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%190 = icmp eq i32 %189, 0
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 %188
	br i1 %190, label %220, label %221

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = icmp sge i32 %166, %156
	%198 = icmp sle i32 %166, %164
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = mul i32 %1, 64
	%202 = sdiv i32 %201, 256
	%203 = mul i32 %202, 256
	%204 = sdiv i32 %203, 64
	%205 = add i32 %202, 1
	%206 = mul i32 %205, 256
	%207 = sdiv i32 %206, 64
	%208 = icmp sge i32 %166, %204
	%209 = icmp slt i32 %166, %207
	%210 = and i1 %208, %209
	%211 = or i1 %200, %210
	%212 = bitcast float %175 to i32
	%213 = add i32 %212, 2
	%214 = select i1 %211, i32 1, i32 %213
	%215 = select i1 %173, i32 %214, i32 0
	%216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %166
	store i32 %215, i32 addrspace(3)* %216
	%217 = uitofp i1 %173 to float
	%218 = fadd float %167, %217
	%219 = add i32 %166, 256
	br label %165

220:
	store float %187, float addrspace(3)* %191
	br label %221

221:
	call void @llvm.nvvm.barrier0()
	%222 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 0
	%223 = load float, float addrspace(3)* %222
	%224 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 1
	%225 = load float, float addrspace(3)* %224
	%226 = fadd float %223, %225
	%227 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 2
	%228 = load float, float addrspace(3)* %227
	%229 = fadd float %226, %228
	%230 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 3
	%231 = load float, float addrspace(3)* %230
	%232 = fadd float %229, %231
	%233 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 4
	%234 = load float, float addrspace(3)* %233
	%235 = fadd float %232, %234
	%236 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 5
	%237 = load float, float addrspace(3)* %236
	%238 = fadd float %235, %237
	%239 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 6
	%240 = load float, float addrspace(3)* %239
	%241 = fadd float %238, %240
	%242 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 7
	%243 = load float, float addrspace(3)* %242
	%244 = fadd float %241, %243
	%245 = fptosi float %244 to i32
	%246 = icmp eq i32 %0, 0
	br i1 %246, label %247, label %251

247:
	%248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 0
	%249 = load i32, i32 addrspace(3)* %248
	%250 = icmp eq i32 %249, 1
	br i1 %250, label %266, label %274

251:
	call void @llvm.nvvm.barrier0()
	%252 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 0
	%253 = load i32, i32 addrspace(3)* %252
	%254 = sub i32 %245, %253
	%255 = getelementptr [1 x double], [1 x double] addrspace(3)* @scalargather_select2_mass, i32 0, i32 0
	%256 = load double, double addrspace(3)* %255
	%257 = fsub double 0x3FECCCCCCCCCCCCD, %256
	%258 = fmul double %257, 262144.0
	%259 = call double @llvm.ceil.f64(double %258)
	%260 = call double @llvm.maxnum.f64(double %259, double 0.0)
	%261 = call double @llvm.minnum.f64(double %260, double 1.073741824e+09)
	%262 = fptosi double %261 to i32
	%263 = add i32 %262, 1
	call void @llvm.nvvm.barrier0()
	%264 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %264
	%265 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %265
	call void @llvm.nvvm.barrier0()
	br label %331

266:
	%267 = add i32 %13, 0
	%268 = sext i32 %267 to i64
	%269 = getelementptr i32, i32* %list, i64 %268
	store i32 0, i32* %269
	%270 = add i32 %13, %NK
	%271 = add i32 %270, 0
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %list, i64 %272
	store i32 1, i32* %273
	br label %274

274:
	%275 = add i32 %11, 0
	%276 = sext i32 %275 to i64
	%277 = getelementptr float, float* %e, i64 %276
	%278 = load float, float* %277
	%279 = add i32 0, 1
	%280 = select i1 %250, i32 %279, i32 0
	%281 = fpext float %278 to double
	%282 = fadd double 0.0, %281
	%283 = select i1 %250, double %282, double 0.0
	%284 = mul i32 %1, 64
	%285 = sdiv i32 %284, 256
	%286 = mul i32 %285, 256
	%287 = sdiv i32 %286, 64
	%288 = add i32 %285, 1
	%289 = mul i32 %288, 256
	%290 = sdiv i32 %289, 64
	%291 = icmp slt i32 %156, %287
	%292 = select i1 %291, i32 %156, i32 %287
	%293 = icmp sgt i32 %292, 1
	%294 = select i1 %293, i32 %292, i32 1
	%295 = add i32 %164, 1
	%296 = icmp sgt i32 %295, %290
	%297 = select i1 %296, i32 %295, i32 %290
	%298 = icmp slt i32 %297, %NK
	%299 = select i1 %298, i32 %297, i32 %NK
	br label %300

300:
	%301 = phi i32 [ %294, %274 ], [ %330, %320 ]
	%302 = phi i32 [ %280, %274 ], [ %326, %320 ]
	%303 = phi double [ %283, %274 ], [ %329, %320 ]
	%304 = icmp slt i32 %301, %299
	br i1 %304, label %305, label %309

305:
	%306 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %301
	%307 = load i32, i32 addrspace(3)* %306
	%308 = icmp eq i32 %307, 1
	br i1 %308, label %312, label %320

309:
	%310 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 0
	store i32 %302, i32 addrspace(3)* %310
	%311 = getelementptr [1 x double], [1 x double] addrspace(3)* @scalargather_select2_mass, i32 0, i32 0
	store double %303, double addrspace(3)* %311
	br label %251

312:
	%313 = add i32 %13, %302
	%314 = sext i32 %313 to i64
	%315 = getelementptr i32, i32* %list, i64 %314
	store i32 %301, i32* %315
	%316 = add i32 %13, %NK
	%317 = add i32 %316, %302
	%318 = sext i32 %317 to i64
	%319 = getelementptr i32, i32* %list, i64 %318
	store i32 1, i32* %319
	br label %320

320:
	%321 = add i32 %11, %301
	%322 = sext i32 %321 to i64
	%323 = getelementptr float, float* %e, i64 %322
	%324 = load float, float* %323
	%325 = add i32 %302, 1
	%326 = select i1 %308, i32 %325, i32 %302
	%327 = fpext float %324 to double
	%328 = fadd double %303, %327
	%329 = select i1 %308, double %328, double %303
	%330 = add i32 %301, 1
	br label %300

331:
	%332 = phi i32 [ %0, %251 ], [ %398, %397 ]
	%333 = icmp slt i32 %332, %16
	br i1 %333, label %334, label %350

334:
	%335 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %332
	%336 = load i32, i32 addrspace(3)* %335
	%337 = icmp uge i32 %336, 2
	%338 = and i32 %336, 0
	%339 = icmp eq i32 %338, 0
	%340 = and i1 %337, %339
	%341 = lshr i32 %336, 24
	%342 = and i32 %341, 255
	%343 = select i1 %340, i32 %342, i32 256
	%344 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %343)
	%345 = shl i32 1, %3
	%346 = sub i32 %345, 1
	%347 = and i32 %344, %346
	%348 = icmp eq i32 %347, 0
	%349 = and i1 %340, %348
	br i1 %349, label %379, label %383

350:
	call void @llvm.nvvm.barrier0()
	%351 = sub i32 255, %0
	%352 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %351
	%353 = load i32, i32 addrspace(3)* %352
	%354 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %351
	%355 = load i32, i32 addrspace(3)* %354
	%356 = and i32 %0, 31
	%357 = lshr i32 %0, 5
	%358 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %355, i32 1, i32 0)
	%359 = icmp uge i32 %356, 1
	%360 = select i1 %359, i32 %358, i32 0
	%361 = add i32 %355, %360
	%362 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %361, i32 2, i32 0)
	%363 = icmp uge i32 %356, 2
	%364 = select i1 %363, i32 %362, i32 0
	%365 = add i32 %361, %364
	%366 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %365, i32 4, i32 0)
	%367 = icmp uge i32 %356, 4
	%368 = select i1 %367, i32 %366, i32 0
	%369 = add i32 %365, %368
	%370 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %369, i32 8, i32 0)
	%371 = icmp uge i32 %356, 8
	%372 = select i1 %371, i32 %370, i32 0
	%373 = add i32 %369, %372
	%374 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %373, i32 16, i32 0)
	%375 = icmp uge i32 %356, 16
	%376 = select i1 %375, i32 %374, i32 0
	%377 = add i32 %373, %376
	%378 = icmp eq i32 %356, 31
	br i1 %378, label %399, label %401

379:
	%380 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %342
	%381 = call i32 @llvm.ctpop.i32(i32 %344)
	%382 = atomicrmw add i32 addrspace(3)* %380, i32 %381 monotonic
	br label %383

383:
	%384 = sub i32 %336, 2
	%385 = bitcast i32 %384 to float
	%386 = fcmp ogt float %385, 0.0
	%387 = select i1 %386, float %385, float 0.0
	%388 = fcmp olt float %387, 1.0
	%389 = select i1 %388, float %387, float 1.0
	%390 = fmul float %389, 262144.0
	%391 = fptosi float %390 to i32
	%392 = icmp sgt i32 %391, 0
	%393 = and i1 %340, %392
	br i1 %393, label %394, label %397

394:
	%395 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %342
	%396 = atomicrmw add i32 addrspace(3)* %395, i32 %391 monotonic
	br label %397

397:
	%398 = add i32 %332, 256
	br label %331

399:
	%400 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %357
	store i32 %377, i32 addrspace(3)* %400
	br label %401

401:
	call void @llvm.nvvm.barrier0()
	%402 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%403 = load i32, i32 addrspace(3)* %402
	%404 = icmp sgt i32 %357, 0
	%405 = select i1 %404, i32 %403, i32 0
	%406 = add i32 0, %405
	%407 = add i32 0, %403
	%408 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%409 = load i32, i32 addrspace(3)* %408
	%410 = icmp sgt i32 %357, 1
	%411 = select i1 %410, i32 %409, i32 0
	%412 = add i32 %406, %411
	%413 = add i32 %407, %409
	%414 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%415 = load i32, i32 addrspace(3)* %414
	%416 = icmp sgt i32 %357, 2
	%417 = select i1 %416, i32 %415, i32 0
	%418 = add i32 %412, %417
	%419 = add i32 %413, %415
	%420 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%421 = load i32, i32 addrspace(3)* %420
	%422 = icmp sgt i32 %357, 3
	%423 = select i1 %422, i32 %421, i32 0
	%424 = add i32 %418, %423
	%425 = add i32 %419, %421
	%426 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%427 = load i32, i32 addrspace(3)* %426
	%428 = icmp sgt i32 %357, 4
	%429 = select i1 %428, i32 %427, i32 0
	%430 = add i32 %424, %429
	%431 = add i32 %425, %427
	%432 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%433 = load i32, i32 addrspace(3)* %432
	%434 = icmp sgt i32 %357, 5
	%435 = select i1 %434, i32 %433, i32 0
	%436 = add i32 %430, %435
	%437 = add i32 %431, %433
	%438 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%439 = load i32, i32 addrspace(3)* %438
	%440 = icmp sgt i32 %357, 6
	%441 = select i1 %440, i32 %439, i32 0
	%442 = add i32 %436, %441
	%443 = add i32 %437, %439
	%444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%445 = load i32, i32 addrspace(3)* %444
	%446 = icmp sgt i32 %357, 7
	%447 = select i1 %446, i32 %445, i32 0
	%448 = add i32 %442, %447
	%449 = add i32 %443, %445
	%450 = add i32 %448, %377
	%451 = sub i32 %450, %355
	%452 = and i32 %0, 31
	%453 = lshr i32 %0, 5
	%454 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %353, i32 1, i32 0)
	%455 = icmp uge i32 %452, 1
	%456 = select i1 %455, i32 %454, i32 0
	%457 = add i32 %353, %456
	%458 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %457, i32 2, i32 0)
	%459 = icmp uge i32 %452, 2
	%460 = select i1 %459, i32 %458, i32 0
	%461 = add i32 %457, %460
	%462 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %461, i32 4, i32 0)
	%463 = icmp uge i32 %452, 4
	%464 = select i1 %463, i32 %462, i32 0
	%465 = add i32 %461, %464
	%466 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %465, i32 8, i32 0)
	%467 = icmp uge i32 %452, 8
	%468 = select i1 %467, i32 %466, i32 0
	%469 = add i32 %465, %468
	%470 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %469, i32 16, i32 0)
	%471 = icmp uge i32 %452, 16
	%472 = select i1 %471, i32 %470, i32 0
	%473 = add i32 %469, %472
	%474 = icmp eq i32 %452, 31
	br i1 %474, label %475, label %477

475:
	%476 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 %453
	store i32 %473, i32 addrspace(3)* %476
	br label %477

477:
	call void @llvm.nvvm.barrier0()
	%478 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 0
	%479 = load i32, i32 addrspace(3)* %478
	%480 = icmp sgt i32 %453, 0
	%481 = select i1 %480, i32 %479, i32 0
	%482 = add i32 0, %481
	%483 = add i32 0, %479
	%484 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 1
	%485 = load i32, i32 addrspace(3)* %484
	%486 = icmp sgt i32 %453, 1
	%487 = select i1 %486, i32 %485, i32 0
	%488 = add i32 %482, %487
	%489 = add i32 %483, %485
	%490 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 2
	%491 = load i32, i32 addrspace(3)* %490
	%492 = icmp sgt i32 %453, 2
	%493 = select i1 %492, i32 %491, i32 0
	%494 = add i32 %488, %493
	%495 = add i32 %489, %491
	%496 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 3
	%497 = load i32, i32 addrspace(3)* %496
	%498 = icmp sgt i32 %453, 3
	%499 = select i1 %498, i32 %497, i32 0
	%500 = add i32 %494, %499
	%501 = add i32 %495, %497
	%502 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 4
	%503 = load i32, i32 addrspace(3)* %502
	%504 = icmp sgt i32 %453, 4
	%505 = select i1 %504, i32 %503, i32 0
	%506 = add i32 %500, %505
	%507 = add i32 %501, %503
	%508 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 5
	%509 = load i32, i32 addrspace(3)* %508
	%510 = icmp sgt i32 %453, 5
	%511 = select i1 %510, i32 %509, i32 0
	%512 = add i32 %506, %511
	%513 = add i32 %507, %509
	%514 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 6
	%515 = load i32, i32 addrspace(3)* %514
	%516 = icmp sgt i32 %453, 6
	%517 = select i1 %516, i32 %515, i32 0
	%518 = add i32 %512, %517
	%519 = add i32 %513, %515
	%520 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 7
	%521 = load i32, i32 addrspace(3)* %520
	%522 = icmp sgt i32 %453, 7
	%523 = select i1 %522, i32 %521, i32 0
	%524 = add i32 %518, %523
	%525 = add i32 %519, %521
	%526 = add i32 %524, %473
	%527 = sub i32 %526, %353
	%528 = icmp slt i32 %451, %263
	%529 = add i32 %451, %355
	%530 = icmp sle i32 %263, %529
	%531 = and i1 %528, %530
	%532 = icmp slt i32 %449, %263
	%533 = icmp eq i32 %0, 0
	%534 = and i1 %532, %533
	%535 = or i1 %531, %534
	br i1 %535, label %536, label %542

536:
	%537 = select i1 %532, i32 0, i32 %351
	%538 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 0
	store i32 %537, i32 addrspace(3)* %538
	%539 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 1
	store i32 %451, i32 addrspace(3)* %539
	%540 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 2
	store i32 %527, i32 addrspace(3)* %540
	%541 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 3
	store i32 %353, i32 addrspace(3)* %541
	br label %542

542:
	call void @llvm.nvvm.barrier0()
	%543 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 0
	%544 = load i32, i32 addrspace(3)* %543
	%545 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 1
	%546 = load i32, i32 addrspace(3)* %545
	%547 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 2
	%548 = load i32, i32 addrspace(3)* %547
	%549 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 3
	%550 = load i32, i32 addrspace(3)* %549
	%551 = shl i32 %544, 24
	%552 = or i32 0, %551
	%553 = sub i32 %263, %546
	%554 = add i32 0, %548
	%555 = or i1 false, %532
	%556 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%557 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %557
	%558 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %558
	call void @llvm.nvvm.barrier0()
	br label %559

559:
	%560 = phi i32 [ %0, %542 ], [ %626, %625 ]
	%561 = icmp slt i32 %560, %16
	br i1 %561, label %562, label %578

562:
	%563 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %560
	%564 = load i32, i32 addrspace(3)* %563
	%565 = icmp uge i32 %564, 2
	%566 = and i32 %564, %556
	%567 = icmp eq i32 %566, %552
	%568 = and i1 %565, %567
	%569 = lshr i32 %564, 16
	%570 = and i32 %569, 255
	%571 = select i1 %568, i32 %570, i32 256
	%572 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %571)
	%573 = shl i32 1, %3
	%574 = sub i32 %573, 1
	%575 = and i32 %572, %574
	%576 = icmp eq i32 %575, 0
	%577 = and i1 %568, %576
	br i1 %577, label %607, label %611

578:
	call void @llvm.nvvm.barrier0()
	%579 = sub i32 255, %0
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %579
	%581 = load i32, i32 addrspace(3)* %580
	%582 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %579
	%583 = load i32, i32 addrspace(3)* %582
	%584 = and i32 %0, 31
	%585 = lshr i32 %0, 5
	%586 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %583, i32 1, i32 0)
	%587 = icmp uge i32 %584, 1
	%588 = select i1 %587, i32 %586, i32 0
	%589 = add i32 %583, %588
	%590 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %589, i32 2, i32 0)
	%591 = icmp uge i32 %584, 2
	%592 = select i1 %591, i32 %590, i32 0
	%593 = add i32 %589, %592
	%594 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %593, i32 4, i32 0)
	%595 = icmp uge i32 %584, 4
	%596 = select i1 %595, i32 %594, i32 0
	%597 = add i32 %593, %596
	%598 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %597, i32 8, i32 0)
	%599 = icmp uge i32 %584, 8
	%600 = select i1 %599, i32 %598, i32 0
	%601 = add i32 %597, %600
	%602 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %601, i32 16, i32 0)
	%603 = icmp uge i32 %584, 16
	%604 = select i1 %603, i32 %602, i32 0
	%605 = add i32 %601, %604
	%606 = icmp eq i32 %584, 31
	br i1 %606, label %627, label %629

607:
	%608 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %570
	%609 = call i32 @llvm.ctpop.i32(i32 %572)
	%610 = atomicrmw add i32 addrspace(3)* %608, i32 %609 monotonic
	br label %611

611:
	%612 = sub i32 %564, 2
	%613 = bitcast i32 %612 to float
	%614 = fcmp ogt float %613, 0.0
	%615 = select i1 %614, float %613, float 0.0
	%616 = fcmp olt float %615, 1.0
	%617 = select i1 %616, float %615, float 1.0
	%618 = fmul float %617, 262144.0
	%619 = fptosi float %618 to i32
	%620 = icmp sgt i32 %619, 0
	%621 = and i1 %568, %620
	br i1 %621, label %622, label %625

622:
	%623 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %570
	%624 = atomicrmw add i32 addrspace(3)* %623, i32 %619 monotonic
	br label %625

625:
	%626 = add i32 %560, 256
	br label %559

627:
	%628 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %585
	store i32 %605, i32 addrspace(3)* %628
	br label %629

629:
	call void @llvm.nvvm.barrier0()
	%630 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%631 = load i32, i32 addrspace(3)* %630
	%632 = icmp sgt i32 %585, 0
	%633 = select i1 %632, i32 %631, i32 0
	%634 = add i32 0, %633
	%635 = add i32 0, %631
	%636 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%637 = load i32, i32 addrspace(3)* %636
	%638 = icmp sgt i32 %585, 1
	%639 = select i1 %638, i32 %637, i32 0
	%640 = add i32 %634, %639
	%641 = add i32 %635, %637
	%642 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%643 = load i32, i32 addrspace(3)* %642
	%644 = icmp sgt i32 %585, 2
	%645 = select i1 %644, i32 %643, i32 0
	%646 = add i32 %640, %645
	%647 = add i32 %641, %643
	%648 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%649 = load i32, i32 addrspace(3)* %648
	%650 = icmp sgt i32 %585, 3
	%651 = select i1 %650, i32 %649, i32 0
	%652 = add i32 %646, %651
	%653 = add i32 %647, %649
	%654 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%655 = load i32, i32 addrspace(3)* %654
	%656 = icmp sgt i32 %585, 4
	%657 = select i1 %656, i32 %655, i32 0
	%658 = add i32 %652, %657
	%659 = add i32 %653, %655
	%660 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%661 = load i32, i32 addrspace(3)* %660
	%662 = icmp sgt i32 %585, 5
	%663 = select i1 %662, i32 %661, i32 0
	%664 = add i32 %658, %663
	%665 = add i32 %659, %661
	%666 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%667 = load i32, i32 addrspace(3)* %666
	%668 = icmp sgt i32 %585, 6
	%669 = select i1 %668, i32 %667, i32 0
	%670 = add i32 %664, %669
	%671 = add i32 %665, %667
	%672 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%673 = load i32, i32 addrspace(3)* %672
	%674 = icmp sgt i32 %585, 7
	%675 = select i1 %674, i32 %673, i32 0
	%676 = add i32 %670, %675
	%677 = add i32 %671, %673
	%678 = add i32 %676, %605
	%679 = sub i32 %678, %583
	%680 = and i32 %0, 31
	%681 = lshr i32 %0, 5
	%682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %581, i32 1, i32 0)
	%683 = icmp uge i32 %680, 1
	%684 = select i1 %683, i32 %682, i32 0
	%685 = add i32 %581, %684
	%686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %685, i32 2, i32 0)
	%687 = icmp uge i32 %680, 2
	%688 = select i1 %687, i32 %686, i32 0
	%689 = add i32 %685, %688
	%690 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %689, i32 4, i32 0)
	%691 = icmp uge i32 %680, 4
	%692 = select i1 %691, i32 %690, i32 0
	%693 = add i32 %689, %692
	%694 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %693, i32 8, i32 0)
	%695 = icmp uge i32 %680, 8
	%696 = select i1 %695, i32 %694, i32 0
	%697 = add i32 %693, %696
	%698 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %697, i32 16, i32 0)
	%699 = icmp uge i32 %680, 16
	%700 = select i1 %699, i32 %698, i32 0
	%701 = add i32 %697, %700
	%702 = icmp eq i32 %680, 31
	br i1 %702, label %703, label %705

703:
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 %681
	store i32 %701, i32 addrspace(3)* %704
	br label %705

705:
	call void @llvm.nvvm.barrier0()
	%706 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 0
	%707 = load i32, i32 addrspace(3)* %706
	%708 = icmp sgt i32 %681, 0
	%709 = select i1 %708, i32 %707, i32 0
	%710 = add i32 0, %709
	%711 = add i32 0, %707
	%712 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 1
	%713 = load i32, i32 addrspace(3)* %712
	%714 = icmp sgt i32 %681, 1
	%715 = select i1 %714, i32 %713, i32 0
	%716 = add i32 %710, %715
	%717 = add i32 %711, %713
	%718 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 2
	%719 = load i32, i32 addrspace(3)* %718
	%720 = icmp sgt i32 %681, 2
	%721 = select i1 %720, i32 %719, i32 0
	%722 = add i32 %716, %721
	%723 = add i32 %717, %719
	%724 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 3
	%725 = load i32, i32 addrspace(3)* %724
	%726 = icmp sgt i32 %681, 3
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %722, %727
	%729 = add i32 %723, %725
	%730 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 4
	%731 = load i32, i32 addrspace(3)* %730
	%732 = icmp sgt i32 %681, 4
	%733 = select i1 %732, i32 %731, i32 0
	%734 = add i32 %728, %733
	%735 = add i32 %729, %731
	%736 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 5
	%737 = load i32, i32 addrspace(3)* %736
	%738 = icmp sgt i32 %681, 5
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %734, %739
	%741 = add i32 %735, %737
	%742 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 6
	%743 = load i32, i32 addrspace(3)* %742
	%744 = icmp sgt i32 %681, 6
	%745 = select i1 %744, i32 %743, i32 0
	%746 = add i32 %740, %745
	%747 = add i32 %741, %743
	%748 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 7
	%749 = load i32, i32 addrspace(3)* %748
	%750 = icmp sgt i32 %681, 7
	%751 = select i1 %750, i32 %749, i32 0
	%752 = add i32 %746, %751
	%753 = add i32 %747, %749
	%754 = add i32 %752, %701
	%755 = sub i32 %754, %581
	%756 = icmp slt i32 %679, %553
	%757 = add i32 %679, %583
	%758 = icmp sle i32 %553, %757
	%759 = and i1 %756, %758
	%760 = icmp slt i32 %677, %553
	%761 = icmp eq i32 %0, 0
	%762 = and i1 %760, %761
	%763 = or i1 %759, %762
	br i1 %763, label %764, label %770

764:
	%765 = select i1 %760, i32 0, i32 %579
	%766 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 0
	store i32 %765, i32 addrspace(3)* %766
	%767 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 1
	store i32 %679, i32 addrspace(3)* %767
	%768 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 2
	store i32 %755, i32 addrspace(3)* %768
	%769 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 3
	store i32 %581, i32 addrspace(3)* %769
	br label %770

770:
	call void @llvm.nvvm.barrier0()
	%771 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 0
	%772 = load i32, i32 addrspace(3)* %771
	%773 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 1
	%774 = load i32, i32 addrspace(3)* %773
	%775 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 2
	%776 = load i32, i32 addrspace(3)* %775
	%777 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 3
	%778 = load i32, i32 addrspace(3)* %777
	%779 = shl i32 %772, 16
	%780 = or i32 %552, %779
	%781 = sub i32 %553, %774
	%782 = add i32 %554, %776
	%783 = or i1 %555, %760
	%784 = or i32 %556, u0xFF0000
	%785 = add i32 %782, %778
	%786 = select i1 %783, i32 %254, i32 %785
	%787 = select i1 %783, i32 2, i32 %780
	%788 = icmp sge i32 %786, 0
	%789 = sub i32 %787, 1
	%790 = icmp slt i32 0, %254
	%791 = select i1 %790, i32 0, i32 %254
	%792 = select i1 %788, i32 %786, i32 %791
	br label %mass

mass:
	%793 = phi i32 [ %792, %770 ], [ %1759, %1747 ]
	%794 = phi i1 [ true, %770 ], [ false, %1747 ]
	%795 = and i1 %794, %788
	br i1 %795, label %mass_bins, label %mass_topk

mass_done:
	%796 = icmp sgt i32 %1749, 0
	%797 = select i1 %796, i32 %1749, i32 0
	%798 = add i32 %253, %797
	%799 = add i32 %798, %0
	br label %2232

mass_bins:
	%800 = shl i32 1, %3
	%801 = sub i32 %800, 1
	br label %810

mass_topk:
	%802 = icmp sgt i32 %793, 0
	br i1 %802, label %topk, label %topk_done

mass_taken:
	%803 = sub i32 %793, 1
	%804 = call i32 @llvm.ctlz.i32(i32 %803, i1 false)
	%805 = icmp sgt i32 %793, 1
	%806 = sub i32 32, %804
	%807 = select i1 %805, i32 %806, i32 0
	%808 = shl i32 1, %807
	%809 = add i32 %793, %0
	br label %1661

810:
	%811 = phi i32 [ 0, %mass_bins ], [ %859, %858 ]
	%812 = icmp slt i32 %811, %16
	br i1 %812, label %813, label %821

813:
	%814 = add i32 %811, %0
	%815 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %814
	%816 = load i32, i32 addrspace(3)* %815
	%817 = icmp ugt i32 %816, %789
	%818 = icmp eq i32 %816, %789
	%819 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %817)
	%820 = icmp eq i32 %3, 0
	br i1 %820, label %852, label %858

821:
	call void @llvm.nvvm.barrier0()
	%822 = sdiv i32 %16, 256
	%823 = mul i32 %822, 8
	%824 = icmp slt i32 %0, %823
	%825 = select i1 %824, i32 %0, i32 0
	%826 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %825
	%827 = load i32, i32 addrspace(3)* %826
	%828 = select i1 %824, i32 %827, i32 0
	%829 = and i32 %0, 31
	%830 = lshr i32 %0, 5
	%831 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %828, i32 1, i32 0)
	%832 = icmp uge i32 %829, 1
	%833 = select i1 %832, i32 %831, i32 0
	%834 = add i32 %828, %833
	%835 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %834, i32 2, i32 0)
	%836 = icmp uge i32 %829, 2
	%837 = select i1 %836, i32 %835, i32 0
	%838 = add i32 %834, %837
	%839 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %838, i32 4, i32 0)
	%840 = icmp uge i32 %829, 4
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %838, %841
	%843 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %842, i32 8, i32 0)
	%844 = icmp uge i32 %829, 8
	%845 = select i1 %844, i32 %843, i32 0
	%846 = add i32 %842, %845
	%847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %846, i32 16, i32 0)
	%848 = icmp uge i32 %829, 16
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %846, %849
	%851 = icmp eq i32 %829, 31
	br i1 %851, label %860, label %862

852:
	%853 = sdiv i32 %811, 256
	%854 = mul i32 %853, 8
	%855 = add i32 %854, %4
	%856 = call i32 @llvm.ctpop.i32(i32 %819)
	%857 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %855
	store i32 %856, i32 addrspace(3)* %857
	br label %858

858:
	%859 = add i32 %811, 256
	br label %810

860:
	%861 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 %830
	store i32 %850, i32 addrspace(3)* %861
	br label %862

862:
	call void @llvm.nvvm.barrier0()
	%863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 0
	%864 = load i32, i32 addrspace(3)* %863
	%865 = icmp sgt i32 %830, 0
	%866 = select i1 %865, i32 %864, i32 0
	%867 = add i32 0, %866
	%868 = add i32 0, %864
	%869 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 1
	%870 = load i32, i32 addrspace(3)* %869
	%871 = icmp sgt i32 %830, 1
	%872 = select i1 %871, i32 %870, i32 0
	%873 = add i32 %867, %872
	%874 = add i32 %868, %870
	%875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 2
	%876 = load i32, i32 addrspace(3)* %875
	%877 = icmp sgt i32 %830, 2
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %873, %878
	%880 = add i32 %874, %876
	%881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 3
	%882 = load i32, i32 addrspace(3)* %881
	%883 = icmp sgt i32 %830, 3
	%884 = select i1 %883, i32 %882, i32 0
	%885 = add i32 %879, %884
	%886 = add i32 %880, %882
	%887 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 4
	%888 = load i32, i32 addrspace(3)* %887
	%889 = icmp sgt i32 %830, 4
	%890 = select i1 %889, i32 %888, i32 0
	%891 = add i32 %885, %890
	%892 = add i32 %886, %888
	%893 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 5
	%894 = load i32, i32 addrspace(3)* %893
	%895 = icmp sgt i32 %830, 5
	%896 = select i1 %895, i32 %894, i32 0
	%897 = add i32 %891, %896
	%898 = add i32 %892, %894
	%899 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 6
	%900 = load i32, i32 addrspace(3)* %899
	%901 = icmp sgt i32 %830, 6
	%902 = select i1 %901, i32 %900, i32 0
	%903 = add i32 %897, %902
	%904 = add i32 %898, %900
	%905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 7
	%906 = load i32, i32 addrspace(3)* %905
	%907 = icmp sgt i32 %830, 7
	%908 = select i1 %907, i32 %906, i32 0
	%909 = add i32 %903, %908
	%910 = add i32 %904, %906
	%911 = add i32 %909, %850
	%912 = sub i32 %911, %828
	br i1 %824, label %913, label %915

913:
	%914 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %0
	store i32 %912, i32 addrspace(3)* %914
	br label %915

915:
	call void @llvm.nvvm.barrier0()
	br label %916

916:
	%917 = phi i32 [ 0, %915 ], [ %940, %939 ]
	%918 = icmp slt i32 %917, %16
	br i1 %918, label %919, label %935

919:
	%920 = add i32 %917, %0
	%921 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %920
	%922 = load i32, i32 addrspace(3)* %921
	%923 = icmp ugt i32 %922, %789
	%924 = icmp eq i32 %922, %789
	%925 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %923)
	%926 = sdiv i32 %917, 256
	%927 = mul i32 %926, 8
	%928 = add i32 %927, %4
	%929 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %923)
	%930 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %928
	%931 = load i32, i32 addrspace(3)* %930
	%932 = and i32 %929, %801
	%933 = call i32 @llvm.ctpop.i32(i32 %932)
	%934 = add i32 %931, %933
	br i1 %923, label %936, label %939

935:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

936:
	%937 = add i32 %917, %0
	%938 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %934
	store i32 %937, i32 addrspace(3)* %938
	br label %939

939:
	%940 = add i32 %917, 256
	br label %916

topk:
	call void @llvm.nvvm.barrier0()
	%941 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %941
	call void @llvm.nvvm.barrier0()
	br label %942

topk_done:
	br label %mass_taken

942:
	%943 = phi i32 [ %0, %topk ], [ %994, %993 ]
	%944 = icmp slt i32 %943, %16
	br i1 %944, label %945, label %961

945:
	%946 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %943
	%947 = load i32, i32 addrspace(3)* %946
	%948 = icmp uge i32 %947, 2
	%949 = and i32 %947, 0
	%950 = icmp eq i32 %949, 0
	%951 = and i1 %948, %950
	%952 = lshr i32 %947, 24
	%953 = and i32 %952, 255
	%954 = select i1 %951, i32 %953, i32 256
	%955 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %954)
	%956 = shl i32 1, %3
	%957 = sub i32 %956, 1
	%958 = and i32 %955, %957
	%959 = icmp eq i32 %958, 0
	%960 = and i1 %951, %959
	br i1 %960, label %989, label %993

961:
	call void @llvm.nvvm.barrier0()
	%962 = sub i32 255, %0
	%963 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %962
	%964 = load i32, i32 addrspace(3)* %963
	%965 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %965
	%966 = and i32 %0, 31
	%967 = lshr i32 %0, 5
	%968 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %964, i32 1, i32 0)
	%969 = icmp uge i32 %966, 1
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %964, %970
	%972 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %971, i32 2, i32 0)
	%973 = icmp uge i32 %966, 2
	%974 = select i1 %973, i32 %972, i32 0
	%975 = add i32 %971, %974
	%976 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %975, i32 4, i32 0)
	%977 = icmp uge i32 %966, 4
	%978 = select i1 %977, i32 %976, i32 0
	%979 = add i32 %975, %978
	%980 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %979, i32 8, i32 0)
	%981 = icmp uge i32 %966, 8
	%982 = select i1 %981, i32 %980, i32 0
	%983 = add i32 %979, %982
	%984 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %983, i32 16, i32 0)
	%985 = icmp uge i32 %966, 16
	%986 = select i1 %985, i32 %984, i32 0
	%987 = add i32 %983, %986
	%988 = icmp eq i32 %966, 31
	br i1 %988, label %995, label %997

989:
	%990 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %953
	%991 = call i32 @llvm.ctpop.i32(i32 %955)
	%992 = atomicrmw add i32 addrspace(3)* %990, i32 %991 monotonic
	br label %993

993:
	%994 = add i32 %943, 256
	br label %942

995:
	%996 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %967
	store i32 %987, i32 addrspace(3)* %996
	br label %997

997:
	call void @llvm.nvvm.barrier0()
	%998 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%999 = load i32, i32 addrspace(3)* %998
	%1000 = icmp sgt i32 %967, 0
	%1001 = select i1 %1000, i32 %999, i32 0
	%1002 = add i32 0, %1001
	%1003 = add i32 0, %999
	%1004 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1005 = load i32, i32 addrspace(3)* %1004
	%1006 = icmp sgt i32 %967, 1
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = add i32 %1002, %1007
	%1009 = add i32 %1003, %1005
	%1010 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1011 = load i32, i32 addrspace(3)* %1010
	%1012 = icmp sgt i32 %967, 2
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = add i32 %1008, %1013
	%1015 = add i32 %1009, %1011
	%1016 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1017 = load i32, i32 addrspace(3)* %1016
	%1018 = icmp sgt i32 %967, 3
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %1014, %1019
	%1021 = add i32 %1015, %1017
	%1022 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1023 = load i32, i32 addrspace(3)* %1022
	%1024 = icmp sgt i32 %967, 4
	%1025 = select i1 %1024, i32 %1023, i32 0
	%1026 = add i32 %1020, %1025
	%1027 = add i32 %1021, %1023
	%1028 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1029 = load i32, i32 addrspace(3)* %1028
	%1030 = icmp sgt i32 %967, 5
	%1031 = select i1 %1030, i32 %1029, i32 0
	%1032 = add i32 %1026, %1031
	%1033 = add i32 %1027, %1029
	%1034 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1035 = load i32, i32 addrspace(3)* %1034
	%1036 = icmp sgt i32 %967, 6
	%1037 = select i1 %1036, i32 %1035, i32 0
	%1038 = add i32 %1032, %1037
	%1039 = add i32 %1033, %1035
	%1040 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1041 = load i32, i32 addrspace(3)* %1040
	%1042 = icmp sgt i32 %967, 7
	%1043 = select i1 %1042, i32 %1041, i32 0
	%1044 = add i32 %1038, %1043
	%1045 = add i32 %1039, %1041
	%1046 = add i32 %1044, %987
	%1047 = sub i32 %1046, %964
	%1048 = icmp slt i32 %1047, %793
	%1049 = add i32 %1047, %964
	%1050 = icmp sle i32 %793, %1049
	%1051 = and i1 %1048, %1050
	br i1 %1051, label %1052, label %1055

1052:
	%1053 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %962, i32 addrspace(3)* %1053
	%1054 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1047, i32 addrspace(3)* %1054
	br label %1055

1055:
	call void @llvm.nvvm.barrier0()
	%1056 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1057 = load i32, i32 addrspace(3)* %1056
	%1058 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1059 = load i32, i32 addrspace(3)* %1058
	%1060 = shl i32 %1057, 24
	%1061 = or i32 0, %1060
	%1062 = or i32 0, u0xFF000000
	%1063 = sub i32 %793, %1059
	br label %1064

1064:
	%1065 = phi i32 [ %0, %1055 ], [ %1116, %1115 ]
	%1066 = icmp slt i32 %1065, %16
	br i1 %1066, label %1067, label %1083

1067:
	%1068 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1065
	%1069 = load i32, i32 addrspace(3)* %1068
	%1070 = icmp uge i32 %1069, 2
	%1071 = and i32 %1069, %1062
	%1072 = icmp eq i32 %1071, %1061
	%1073 = and i1 %1070, %1072
	%1074 = lshr i32 %1069, 16
	%1075 = and i32 %1074, 255
	%1076 = select i1 %1073, i32 %1075, i32 256
	%1077 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1076)
	%1078 = shl i32 1, %3
	%1079 = sub i32 %1078, 1
	%1080 = and i32 %1077, %1079
	%1081 = icmp eq i32 %1080, 0
	%1082 = and i1 %1073, %1081
	br i1 %1082, label %1111, label %1115

1083:
	call void @llvm.nvvm.barrier0()
	%1084 = sub i32 255, %0
	%1085 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %1084
	%1086 = load i32, i32 addrspace(3)* %1085
	%1087 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1087
	%1088 = and i32 %0, 31
	%1089 = lshr i32 %0, 5
	%1090 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1086, i32 1, i32 0)
	%1091 = icmp uge i32 %1088, 1
	%1092 = select i1 %1091, i32 %1090, i32 0
	%1093 = add i32 %1086, %1092
	%1094 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1093, i32 2, i32 0)
	%1095 = icmp uge i32 %1088, 2
	%1096 = select i1 %1095, i32 %1094, i32 0
	%1097 = add i32 %1093, %1096
	%1098 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1097, i32 4, i32 0)
	%1099 = icmp uge i32 %1088, 4
	%1100 = select i1 %1099, i32 %1098, i32 0
	%1101 = add i32 %1097, %1100
	%1102 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1101, i32 8, i32 0)
	%1103 = icmp uge i32 %1088, 8
	%1104 = select i1 %1103, i32 %1102, i32 0
	%1105 = add i32 %1101, %1104
	%1106 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1105, i32 16, i32 0)
	%1107 = icmp uge i32 %1088, 16
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = add i32 %1105, %1108
	%1110 = icmp eq i32 %1088, 31
	br i1 %1110, label %1117, label %1119

1111:
	%1112 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %1075
	%1113 = call i32 @llvm.ctpop.i32(i32 %1077)
	%1114 = atomicrmw add i32 addrspace(3)* %1112, i32 %1113 monotonic
	br label %1115

1115:
	%1116 = add i32 %1065, 256
	br label %1064

1117:
	%1118 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1089
	store i32 %1109, i32 addrspace(3)* %1118
	br label %1119

1119:
	call void @llvm.nvvm.barrier0()
	%1120 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1121 = load i32, i32 addrspace(3)* %1120
	%1122 = icmp sgt i32 %1089, 0
	%1123 = select i1 %1122, i32 %1121, i32 0
	%1124 = add i32 0, %1123
	%1125 = add i32 0, %1121
	%1126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1127 = load i32, i32 addrspace(3)* %1126
	%1128 = icmp sgt i32 %1089, 1
	%1129 = select i1 %1128, i32 %1127, i32 0
	%1130 = add i32 %1124, %1129
	%1131 = add i32 %1125, %1127
	%1132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1133 = load i32, i32 addrspace(3)* %1132
	%1134 = icmp sgt i32 %1089, 2
	%1135 = select i1 %1134, i32 %1133, i32 0
	%1136 = add i32 %1130, %1135
	%1137 = add i32 %1131, %1133
	%1138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1139 = load i32, i32 addrspace(3)* %1138
	%1140 = icmp sgt i32 %1089, 3
	%1141 = select i1 %1140, i32 %1139, i32 0
	%1142 = add i32 %1136, %1141
	%1143 = add i32 %1137, %1139
	%1144 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1145 = load i32, i32 addrspace(3)* %1144
	%1146 = icmp sgt i32 %1089, 4
	%1147 = select i1 %1146, i32 %1145, i32 0
	%1148 = add i32 %1142, %1147
	%1149 = add i32 %1143, %1145
	%1150 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1151 = load i32, i32 addrspace(3)* %1150
	%1152 = icmp sgt i32 %1089, 5
	%1153 = select i1 %1152, i32 %1151, i32 0
	%1154 = add i32 %1148, %1153
	%1155 = add i32 %1149, %1151
	%1156 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1157 = load i32, i32 addrspace(3)* %1156
	%1158 = icmp sgt i32 %1089, 6
	%1159 = select i1 %1158, i32 %1157, i32 0
	%1160 = add i32 %1154, %1159
	%1161 = add i32 %1155, %1157
	%1162 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1163 = load i32, i32 addrspace(3)* %1162
	%1164 = icmp sgt i32 %1089, 7
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = add i32 %1160, %1165
	%1167 = add i32 %1161, %1163
	%1168 = add i32 %1166, %1109
	%1169 = sub i32 %1168, %1086
	%1170 = icmp slt i32 %1169, %1063
	%1171 = add i32 %1169, %1086
	%1172 = icmp sle i32 %1063, %1171
	%1173 = and i1 %1170, %1172
	br i1 %1173, label %1174, label %1177

1174:
	%1175 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1084, i32 addrspace(3)* %1175
	%1176 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1169, i32 addrspace(3)* %1176
	br label %1177

1177:
	call void @llvm.nvvm.barrier0()
	%1178 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1179 = load i32, i32 addrspace(3)* %1178
	%1180 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1181 = load i32, i32 addrspace(3)* %1180
	%1182 = shl i32 %1179, 16
	%1183 = or i32 %1061, %1182
	%1184 = or i32 %1062, u0xFF0000
	%1185 = sub i32 %1063, %1181
	br label %1186

1186:
	%1187 = phi i32 [ %0, %1177 ], [ %1238, %1237 ]
	%1188 = icmp slt i32 %1187, %16
	br i1 %1188, label %1189, label %1205

1189:
	%1190 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1187
	%1191 = load i32, i32 addrspace(3)* %1190
	%1192 = icmp uge i32 %1191, 2
	%1193 = and i32 %1191, %1184
	%1194 = icmp eq i32 %1193, %1183
	%1195 = and i1 %1192, %1194
	%1196 = lshr i32 %1191, 8
	%1197 = and i32 %1196, 255
	%1198 = select i1 %1195, i32 %1197, i32 256
	%1199 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1198)
	%1200 = shl i32 1, %3
	%1201 = sub i32 %1200, 1
	%1202 = and i32 %1199, %1201
	%1203 = icmp eq i32 %1202, 0
	%1204 = and i1 %1195, %1203
	br i1 %1204, label %1233, label %1237

1205:
	call void @llvm.nvvm.barrier0()
	%1206 = sub i32 255, %0
	%1207 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1206
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1209
	%1210 = and i32 %0, 31
	%1211 = lshr i32 %0, 5
	%1212 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1208, i32 1, i32 0)
	%1213 = icmp uge i32 %1210, 1
	%1214 = select i1 %1213, i32 %1212, i32 0
	%1215 = add i32 %1208, %1214
	%1216 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1215, i32 2, i32 0)
	%1217 = icmp uge i32 %1210, 2
	%1218 = select i1 %1217, i32 %1216, i32 0
	%1219 = add i32 %1215, %1218
	%1220 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1219, i32 4, i32 0)
	%1221 = icmp uge i32 %1210, 4
	%1222 = select i1 %1221, i32 %1220, i32 0
	%1223 = add i32 %1219, %1222
	%1224 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1223, i32 8, i32 0)
	%1225 = icmp uge i32 %1210, 8
	%1226 = select i1 %1225, i32 %1224, i32 0
	%1227 = add i32 %1223, %1226
	%1228 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1227, i32 16, i32 0)
	%1229 = icmp uge i32 %1210, 16
	%1230 = select i1 %1229, i32 %1228, i32 0
	%1231 = add i32 %1227, %1230
	%1232 = icmp eq i32 %1210, 31
	br i1 %1232, label %1239, label %1241

1233:
	%1234 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1197
	%1235 = call i32 @llvm.ctpop.i32(i32 %1199)
	%1236 = atomicrmw add i32 addrspace(3)* %1234, i32 %1235 monotonic
	br label %1237

1237:
	%1238 = add i32 %1187, 256
	br label %1186

1239:
	%1240 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1211
	store i32 %1231, i32 addrspace(3)* %1240
	br label %1241

1241:
	call void @llvm.nvvm.barrier0()
	%1242 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1243 = load i32, i32 addrspace(3)* %1242
	%1244 = icmp sgt i32 %1211, 0
	%1245 = select i1 %1244, i32 %1243, i32 0
	%1246 = add i32 0, %1245
	%1247 = add i32 0, %1243
	%1248 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1249 = load i32, i32 addrspace(3)* %1248
	%1250 = icmp sgt i32 %1211, 1
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = add i32 %1246, %1251
	%1253 = add i32 %1247, %1249
	%1254 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1255 = load i32, i32 addrspace(3)* %1254
	%1256 = icmp sgt i32 %1211, 2
	%1257 = select i1 %1256, i32 %1255, i32 0
	%1258 = add i32 %1252, %1257
	%1259 = add i32 %1253, %1255
	%1260 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1261 = load i32, i32 addrspace(3)* %1260
	%1262 = icmp sgt i32 %1211, 3
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = add i32 %1258, %1263
	%1265 = add i32 %1259, %1261
	%1266 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1267 = load i32, i32 addrspace(3)* %1266
	%1268 = icmp sgt i32 %1211, 4
	%1269 = select i1 %1268, i32 %1267, i32 0
	%1270 = add i32 %1264, %1269
	%1271 = add i32 %1265, %1267
	%1272 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1273 = load i32, i32 addrspace(3)* %1272
	%1274 = icmp sgt i32 %1211, 5
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = add i32 %1270, %1275
	%1277 = add i32 %1271, %1273
	%1278 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1279 = load i32, i32 addrspace(3)* %1278
	%1280 = icmp sgt i32 %1211, 6
	%1281 = select i1 %1280, i32 %1279, i32 0
	%1282 = add i32 %1276, %1281
	%1283 = add i32 %1277, %1279
	%1284 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1285 = load i32, i32 addrspace(3)* %1284
	%1286 = icmp sgt i32 %1211, 7
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = add i32 %1282, %1287
	%1289 = add i32 %1283, %1285
	%1290 = add i32 %1288, %1231
	%1291 = sub i32 %1290, %1208
	%1292 = icmp slt i32 %1291, %1185
	%1293 = add i32 %1291, %1208
	%1294 = icmp sle i32 %1185, %1293
	%1295 = and i1 %1292, %1294
	br i1 %1295, label %1296, label %1299

1296:
	%1297 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1206, i32 addrspace(3)* %1297
	%1298 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1291, i32 addrspace(3)* %1298
	br label %1299

1299:
	call void @llvm.nvvm.barrier0()
	%1300 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1301 = load i32, i32 addrspace(3)* %1300
	%1302 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = shl i32 %1301, 8
	%1305 = or i32 %1183, %1304
	%1306 = or i32 %1184, u0xFF00
	%1307 = sub i32 %1185, %1303
	br label %1308

1308:
	%1309 = phi i32 [ %0, %1299 ], [ %1360, %1359 ]
	%1310 = icmp slt i32 %1309, %16
	br i1 %1310, label %1311, label %1327

1311:
	%1312 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1309
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = icmp uge i32 %1313, 2
	%1315 = and i32 %1313, %1306
	%1316 = icmp eq i32 %1315, %1305
	%1317 = and i1 %1314, %1316
	%1318 = lshr i32 %1313, 0
	%1319 = and i32 %1318, 255
	%1320 = select i1 %1317, i32 %1319, i32 256
	%1321 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1320)
	%1322 = shl i32 1, %3
	%1323 = sub i32 %1322, 1
	%1324 = and i32 %1321, %1323
	%1325 = icmp eq i32 %1324, 0
	%1326 = and i1 %1317, %1325
	br i1 %1326, label %1355, label %1359

1327:
	call void @llvm.nvvm.barrier0()
	%1328 = sub i32 255, %0
	%1329 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %1328
	%1330 = load i32, i32 addrspace(3)* %1329
	%1331 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1331
	%1332 = and i32 %0, 31
	%1333 = lshr i32 %0, 5
	%1334 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1330, i32 1, i32 0)
	%1335 = icmp uge i32 %1332, 1
	%1336 = select i1 %1335, i32 %1334, i32 0
	%1337 = add i32 %1330, %1336
	%1338 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1337, i32 2, i32 0)
	%1339 = icmp uge i32 %1332, 2
	%1340 = select i1 %1339, i32 %1338, i32 0
	%1341 = add i32 %1337, %1340
	%1342 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1341, i32 4, i32 0)
	%1343 = icmp uge i32 %1332, 4
	%1344 = select i1 %1343, i32 %1342, i32 0
	%1345 = add i32 %1341, %1344
	%1346 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1345, i32 8, i32 0)
	%1347 = icmp uge i32 %1332, 8
	%1348 = select i1 %1347, i32 %1346, i32 0
	%1349 = add i32 %1345, %1348
	%1350 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1349, i32 16, i32 0)
	%1351 = icmp uge i32 %1332, 16
	%1352 = select i1 %1351, i32 %1350, i32 0
	%1353 = add i32 %1349, %1352
	%1354 = icmp eq i32 %1332, 31
	br i1 %1354, label %1361, label %1363

1355:
	%1356 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %1319
	%1357 = call i32 @llvm.ctpop.i32(i32 %1321)
	%1358 = atomicrmw add i32 addrspace(3)* %1356, i32 %1357 monotonic
	br label %1359

1359:
	%1360 = add i32 %1309, 256
	br label %1308

1361:
	%1362 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1333
	store i32 %1353, i32 addrspace(3)* %1362
	br label %1363

1363:
	call void @llvm.nvvm.barrier0()
	%1364 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1365 = load i32, i32 addrspace(3)* %1364
	%1366 = icmp sgt i32 %1333, 0
	%1367 = select i1 %1366, i32 %1365, i32 0
	%1368 = add i32 0, %1367
	%1369 = add i32 0, %1365
	%1370 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1371 = load i32, i32 addrspace(3)* %1370
	%1372 = icmp sgt i32 %1333, 1
	%1373 = select i1 %1372, i32 %1371, i32 0
	%1374 = add i32 %1368, %1373
	%1375 = add i32 %1369, %1371
	%1376 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1377 = load i32, i32 addrspace(3)* %1376
	%1378 = icmp sgt i32 %1333, 2
	%1379 = select i1 %1378, i32 %1377, i32 0
	%1380 = add i32 %1374, %1379
	%1381 = add i32 %1375, %1377
	%1382 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1383 = load i32, i32 addrspace(3)* %1382
	%1384 = icmp sgt i32 %1333, 3
	%1385 = select i1 %1384, i32 %1383, i32 0
	%1386 = add i32 %1380, %1385
	%1387 = add i32 %1381, %1383
	%1388 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1389 = load i32, i32 addrspace(3)* %1388
	%1390 = icmp sgt i32 %1333, 4
	%1391 = select i1 %1390, i32 %1389, i32 0
	%1392 = add i32 %1386, %1391
	%1393 = add i32 %1387, %1389
	%1394 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1395 = load i32, i32 addrspace(3)* %1394
	%1396 = icmp sgt i32 %1333, 5
	%1397 = select i1 %1396, i32 %1395, i32 0
	%1398 = add i32 %1392, %1397
	%1399 = add i32 %1393, %1395
	%1400 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1401 = load i32, i32 addrspace(3)* %1400
	%1402 = icmp sgt i32 %1333, 6
	%1403 = select i1 %1402, i32 %1401, i32 0
	%1404 = add i32 %1398, %1403
	%1405 = add i32 %1399, %1401
	%1406 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1407 = load i32, i32 addrspace(3)* %1406
	%1408 = icmp sgt i32 %1333, 7
	%1409 = select i1 %1408, i32 %1407, i32 0
	%1410 = add i32 %1404, %1409
	%1411 = add i32 %1405, %1407
	%1412 = add i32 %1410, %1353
	%1413 = sub i32 %1412, %1330
	%1414 = icmp slt i32 %1413, %1307
	%1415 = add i32 %1413, %1330
	%1416 = icmp sle i32 %1307, %1415
	%1417 = and i1 %1414, %1416
	br i1 %1417, label %1418, label %1421

1418:
	%1419 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1328, i32 addrspace(3)* %1419
	%1420 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1413, i32 addrspace(3)* %1420
	br label %1421

1421:
	call void @llvm.nvvm.barrier0()
	%1422 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1423 = load i32, i32 addrspace(3)* %1422
	%1424 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1425 = load i32, i32 addrspace(3)* %1424
	%1426 = shl i32 %1423, 0
	%1427 = or i32 %1305, %1426
	%1428 = or i32 %1306, 255
	%1429 = sub i32 %1307, %1425
	%1430 = shl i32 1, %3
	%1431 = sub i32 %1430, 1
	br label %1432

1432:
	%1433 = phi i32 [ 0, %1421 ], [ %1487, %1486 ]
	%1434 = icmp slt i32 %1433, %16
	br i1 %1434, label %1435, label %1444

1435:
	%1436 = add i32 %1433, %0
	%1437 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1436
	%1438 = load i32, i32 addrspace(3)* %1437
	%1439 = icmp ugt i32 %1438, %1427
	%1440 = icmp eq i32 %1438, %1427
	%1441 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1439)
	%1442 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1440)
	%1443 = icmp eq i32 %3, 0
	br i1 %1443, label %1478, label %1486

1444:
	call void @llvm.nvvm.barrier0()
	%1445 = sdiv i32 %16, 256
	%1446 = mul i32 %1445, 8
	%1447 = icmp slt i32 %0, %1446
	%1448 = select i1 %1447, i32 %0, i32 0
	%1449 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1448
	%1450 = load i32, i32 addrspace(3)* %1449
	%1451 = select i1 %1447, i32 %1450, i32 0
	%1452 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %1448
	%1453 = load i32, i32 addrspace(3)* %1452
	%1454 = select i1 %1447, i32 %1453, i32 0
	%1455 = and i32 %0, 31
	%1456 = lshr i32 %0, 5
	%1457 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1454, i32 1, i32 0)
	%1458 = icmp uge i32 %1455, 1
	%1459 = select i1 %1458, i32 %1457, i32 0
	%1460 = add i32 %1454, %1459
	%1461 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1460, i32 2, i32 0)
	%1462 = icmp uge i32 %1455, 2
	%1463 = select i1 %1462, i32 %1461, i32 0
	%1464 = add i32 %1460, %1463
	%1465 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1464, i32 4, i32 0)
	%1466 = icmp uge i32 %1455, 4
	%1467 = select i1 %1466, i32 %1465, i32 0
	%1468 = add i32 %1464, %1467
	%1469 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1468, i32 8, i32 0)
	%1470 = icmp uge i32 %1455, 8
	%1471 = select i1 %1470, i32 %1469, i32 0
	%1472 = add i32 %1468, %1471
	%1473 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1472, i32 16, i32 0)
	%1474 = icmp uge i32 %1455, 16
	%1475 = select i1 %1474, i32 %1473, i32 0
	%1476 = add i32 %1472, %1475
	%1477 = icmp eq i32 %1455, 31
	br i1 %1477, label %1488, label %1490

1478:
	%1479 = sdiv i32 %1433, 256
	%1480 = mul i32 %1479, 8
	%1481 = add i32 %1480, %4
	%1482 = call i32 @llvm.ctpop.i32(i32 %1441)
	%1483 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1481
	store i32 %1482, i32 addrspace(3)* %1483
	%1484 = call i32 @llvm.ctpop.i32(i32 %1442)
	%1485 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %1481
	store i32 %1484, i32 addrspace(3)* %1485
	br label %1486

1486:
	%1487 = add i32 %1433, 256
	br label %1432

1488:
	%1489 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1456
	store i32 %1476, i32 addrspace(3)* %1489
	br label %1490

1490:
	call void @llvm.nvvm.barrier0()
	%1491 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1492 = load i32, i32 addrspace(3)* %1491
	%1493 = icmp sgt i32 %1456, 0
	%1494 = select i1 %1493, i32 %1492, i32 0
	%1495 = add i32 0, %1494
	%1496 = add i32 0, %1492
	%1497 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1498 = load i32, i32 addrspace(3)* %1497
	%1499 = icmp sgt i32 %1456, 1
	%1500 = select i1 %1499, i32 %1498, i32 0
	%1501 = add i32 %1495, %1500
	%1502 = add i32 %1496, %1498
	%1503 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1504 = load i32, i32 addrspace(3)* %1503
	%1505 = icmp sgt i32 %1456, 2
	%1506 = select i1 %1505, i32 %1504, i32 0
	%1507 = add i32 %1501, %1506
	%1508 = add i32 %1502, %1504
	%1509 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1510 = load i32, i32 addrspace(3)* %1509
	%1511 = icmp sgt i32 %1456, 3
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = add i32 %1507, %1512
	%1514 = add i32 %1508, %1510
	%1515 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1516 = load i32, i32 addrspace(3)* %1515
	%1517 = icmp sgt i32 %1456, 4
	%1518 = select i1 %1517, i32 %1516, i32 0
	%1519 = add i32 %1513, %1518
	%1520 = add i32 %1514, %1516
	%1521 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1522 = load i32, i32 addrspace(3)* %1521
	%1523 = icmp sgt i32 %1456, 5
	%1524 = select i1 %1523, i32 %1522, i32 0
	%1525 = add i32 %1519, %1524
	%1526 = add i32 %1520, %1522
	%1527 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1528 = load i32, i32 addrspace(3)* %1527
	%1529 = icmp sgt i32 %1456, 6
	%1530 = select i1 %1529, i32 %1528, i32 0
	%1531 = add i32 %1525, %1530
	%1532 = add i32 %1526, %1528
	%1533 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1534 = load i32, i32 addrspace(3)* %1533
	%1535 = icmp sgt i32 %1456, 7
	%1536 = select i1 %1535, i32 %1534, i32 0
	%1537 = add i32 %1531, %1536
	%1538 = add i32 %1532, %1534
	%1539 = add i32 %1537, %1476
	%1540 = sub i32 %1539, %1454
	%1541 = sub i32 %1429, %1540
	%1542 = icmp sgt i32 %1541, 0
	%1543 = select i1 %1542, i32 %1541, i32 0
	%1544 = icmp slt i32 %1543, %1454
	%1545 = select i1 %1544, i32 %1543, i32 %1454
	%1546 = add i32 %1451, %1545
	%1547 = and i32 %0, 31
	%1548 = lshr i32 %0, 5
	%1549 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1546, i32 1, i32 0)
	%1550 = icmp uge i32 %1547, 1
	%1551 = select i1 %1550, i32 %1549, i32 0
	%1552 = add i32 %1546, %1551
	%1553 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1552, i32 2, i32 0)
	%1554 = icmp uge i32 %1547, 2
	%1555 = select i1 %1554, i32 %1553, i32 0
	%1556 = add i32 %1552, %1555
	%1557 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1556, i32 4, i32 0)
	%1558 = icmp uge i32 %1547, 4
	%1559 = select i1 %1558, i32 %1557, i32 0
	%1560 = add i32 %1556, %1559
	%1561 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1560, i32 8, i32 0)
	%1562 = icmp uge i32 %1547, 8
	%1563 = select i1 %1562, i32 %1561, i32 0
	%1564 = add i32 %1560, %1563
	%1565 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1564, i32 16, i32 0)
	%1566 = icmp uge i32 %1547, 16
	%1567 = select i1 %1566, i32 %1565, i32 0
	%1568 = add i32 %1564, %1567
	%1569 = icmp eq i32 %1547, 31
	br i1 %1569, label %1570, label %1572

1570:
	%1571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 %1548
	store i32 %1568, i32 addrspace(3)* %1571
	br label %1572

1572:
	call void @llvm.nvvm.barrier0()
	%1573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 0
	%1574 = load i32, i32 addrspace(3)* %1573
	%1575 = icmp sgt i32 %1548, 0
	%1576 = select i1 %1575, i32 %1574, i32 0
	%1577 = add i32 0, %1576
	%1578 = add i32 0, %1574
	%1579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 1
	%1580 = load i32, i32 addrspace(3)* %1579
	%1581 = icmp sgt i32 %1548, 1
	%1582 = select i1 %1581, i32 %1580, i32 0
	%1583 = add i32 %1577, %1582
	%1584 = add i32 %1578, %1580
	%1585 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 2
	%1586 = load i32, i32 addrspace(3)* %1585
	%1587 = icmp sgt i32 %1548, 2
	%1588 = select i1 %1587, i32 %1586, i32 0
	%1589 = add i32 %1583, %1588
	%1590 = add i32 %1584, %1586
	%1591 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 3
	%1592 = load i32, i32 addrspace(3)* %1591
	%1593 = icmp sgt i32 %1548, 3
	%1594 = select i1 %1593, i32 %1592, i32 0
	%1595 = add i32 %1589, %1594
	%1596 = add i32 %1590, %1592
	%1597 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 4
	%1598 = load i32, i32 addrspace(3)* %1597
	%1599 = icmp sgt i32 %1548, 4
	%1600 = select i1 %1599, i32 %1598, i32 0
	%1601 = add i32 %1595, %1600
	%1602 = add i32 %1596, %1598
	%1603 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 5
	%1604 = load i32, i32 addrspace(3)* %1603
	%1605 = icmp sgt i32 %1548, 5
	%1606 = select i1 %1605, i32 %1604, i32 0
	%1607 = add i32 %1601, %1606
	%1608 = add i32 %1602, %1604
	%1609 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 6
	%1610 = load i32, i32 addrspace(3)* %1609
	%1611 = icmp sgt i32 %1548, 6
	%1612 = select i1 %1611, i32 %1610, i32 0
	%1613 = add i32 %1607, %1612
	%1614 = add i32 %1608, %1610
	%1615 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 7
	%1616 = load i32, i32 addrspace(3)* %1615
	%1617 = icmp sgt i32 %1548, 7
	%1618 = select i1 %1617, i32 %1616, i32 0
	%1619 = add i32 %1613, %1618
	%1620 = add i32 %1614, %1616
	%1621 = add i32 %1619, %1568
	%1622 = sub i32 %1621, %1546
	br i1 %1447, label %1623, label %1626

1623:
	%1624 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %0
	store i32 %1622, i32 addrspace(3)* %1624
	%1625 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %0
	store i32 %1540, i32 addrspace(3)* %1625
	br label %1626

1626:
	call void @llvm.nvvm.barrier0()
	br label %1627

1627:
	%1628 = phi i32 [ 0, %1626 ], [ %1660, %1659 ]
	%1629 = icmp slt i32 %1628, %16
	br i1 %1629, label %1630, label %1655

1630:
	%1631 = add i32 %1628, %0
	%1632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1631
	%1633 = load i32, i32 addrspace(3)* %1632
	%1634 = icmp ugt i32 %1633, %1427
	%1635 = icmp eq i32 %1633, %1427
	%1636 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1634)
	%1637 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1635)
	%1638 = sdiv i32 %1628, 256
	%1639 = mul i32 %1638, 8
	%1640 = add i32 %1639, %4
	%1641 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %1640
	%1642 = load i32, i32 addrspace(3)* %1641
	%1643 = and i32 %1637, %1431
	%1644 = call i32 @llvm.ctpop.i32(i32 %1643)
	%1645 = add i32 %1642, %1644
	%1646 = icmp slt i32 %1645, %1429
	%1647 = and i1 %1635, %1646
	%1648 = or i1 %1634, %1647
	%1649 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1648)
	%1650 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1640
	%1651 = load i32, i32 addrspace(3)* %1650
	%1652 = and i32 %1649, %1431
	%1653 = call i32 @llvm.ctpop.i32(i32 %1652)
	%1654 = add i32 %1651, %1653
	br i1 %1648, label %1656, label %1659

1655:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1656:
	%1657 = add i32 %1628, %0
	%1658 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1654
	store i32 %1657, i32 addrspace(3)* %1658
	br label %1659

1659:
	%1660 = add i32 %1628, 256
	br label %1627

1661:
	%1662 = phi i32 [ %809, %mass_taken ], [ %1666, %1664 ]
	%1663 = icmp slt i32 %1662, %808
	br i1 %1663, label %1664, label %1667

1664:
	%1665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1662
	store i32 -1, i32 addrspace(3)* %1665
	%1666 = add i32 %1662, 256
	br label %1661

1667:
	call void @llvm.nvvm.barrier0()
	%1668 = add i32 %807, 1
	br label %1669

1669:
	%1670 = phi i32 [ 1, %1667 ], [ %1686, %1685 ]
	%1671 = icmp slt i32 %1670, %1668
	br i1 %1671, label %1672, label %1674

1672:
	%1673 = shl i32 1, %1670
	br label %1675

1674:
	br label %1727

1675:
	%1676 = phi i32 [ 0, %1672 ], [ %1721, %1720 ]
	%1677 = icmp slt i32 %1676, %1670
	br i1 %1677, label %1678, label %1685

1678:
	%1679 = sub i32 %1670, 1
	%1680 = sub i32 %1679, %1676
	%1681 = shl i32 1, %1680
	%1682 = sub i32 %1670, 1
	%1683 = sub i32 %1682, %1676
	%1684 = lshr i32 %808, 1
	br label %1687

1685:
	%1686 = add i32 %1670, 1
	br label %1669

1687:
	%1688 = phi i32 [ %0, %1678 ], [ %1726, %1725 ]
	%1689 = icmp slt i32 %1688, %1684
	br i1 %1689, label %1690, label %1720

1690:
	%1691 = lshr i32 %1688, %1683
	%1692 = add i32 %1683, 1
	%1693 = shl i32 %1691, %1692
	%1694 = sub i32 %1681, 1
	%1695 = and i32 %1688, %1694
	%1696 = or i32 %1693, %1695
	%1697 = or i32 %1696, %1681
	%1698 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1696
	%1699 = load i32, i32 addrspace(3)* %1698
	%1700 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1697
	%1701 = load i32, i32 addrspace(3)* %1700
	%1702 = and i32 %1696, %1673
	%1703 = icmp eq i32 %1702, 0
	%1704 = icmp sge i32 %1701, 0
	%1705 = select i1 %1704, i32 %1701, i32 0
	%1706 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1705
	%1707 = load i32, i32 addrspace(3)* %1706
	%1708 = select i1 %1704, i32 %1707, i32 0
	%1709 = icmp sge i32 %1699, 0
	%1710 = select i1 %1709, i32 %1699, i32 0
	%1711 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1710
	%1712 = load i32, i32 addrspace(3)* %1711
	%1713 = select i1 %1709, i32 %1712, i32 0
	%1714 = icmp ugt i32 %1708, %1713
	%1715 = icmp eq i32 %1708, %1713
	%1716 = icmp slt i32 %1701, %1699
	%1717 = and i1 %1715, %1716
	%1718 = or i1 %1714, %1717
	%1719 = icmp eq i1 %1718, %1703
	br i1 %1719, label %1722, label %1725

1720:
	call void @llvm.nvvm.barrier0()
	%1721 = add i32 %1676, 1
	br label %1675

1722:
	%1723 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1696
	store i32 %1701, i32 addrspace(3)* %1723
	%1724 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1697
	store i32 %1699, i32 addrspace(3)* %1724
	br label %1725

1725:
	%1726 = add i32 %1688, 256
	br label %1687

1727:
	%1728 = phi i32 [ %0, %1674 ], [ %1741, %1730 ]
	%1729 = icmp slt i32 %1728, %793
	br i1 %1729, label %1730, label %1742

1730:
	%1731 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1728
	%1732 = load i32, i32 addrspace(3)* %1731
	%1733 = add i32 %253, %1728
	%1734 = add i32 %13, %1733
	%1735 = sext i32 %1734 to i64
	%1736 = getelementptr i32, i32* %list, i64 %1735
	store i32 %1732, i32* %1736
	%1737 = add i32 %13, %NK
	%1738 = add i32 %1737, %1733
	%1739 = sext i32 %1738 to i64
	%1740 = getelementptr i32, i32* %list, i64 %1739
	store i32 0, i32* %1740
	%1741 = add i32 %1728, 256
	br label %1727

1742:
	call void @llvm.nvvm.barrier0()
	%1743 = icmp eq i32 %4, 0
	br i1 %1743, label %1744, label %1747

1744:
	%1745 = getelementptr [1 x double], [1 x double] addrspace(3)* @scalargather_select2_mass, i32 0, i32 0
	%1746 = load double, double addrspace(3)* %1745
	br label %1760

1747:
	call void @llvm.nvvm.barrier0()
	%1748 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 1
	%1749 = load i32, i32 addrspace(3)* %1748
	%1750 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 2
	%1751 = load i32, i32 addrspace(3)* %1750
	%1752 = icmp ne i32 %1751, 0
	%1753 = icmp sge i32 %793, %254
	%1754 = or i1 %1752, %1753
	%1755 = mul i32 %793, 4
	%1756 = icmp sgt i32 %1755, 64
	%1757 = select i1 %1756, i32 %1755, i32 64
	%1758 = icmp slt i32 %1757, %254
	%1759 = select i1 %1758, i32 %1757, i32 %254
	br i1 %1754, label %mass_done, label %mass

1760:
	%1761 = phi i32 [ 0, %1744 ], [ %2225, %2222 ]
	%1762 = phi double [ %1746, %1744 ], [ %2223, %2222 ]
	%1763 = phi i32 [ 0, %1744 ], [ %2224, %2222 ]
	%1764 = icmp slt i32 %1761, %793
	br i1 %1764, label %1765, label %1768

1765:
	%1766 = add i32 %1761, %3
	%1767 = icmp slt i32 %1766, %793
	br i1 %1767, label %1770, label %1777

1768:
	%1769 = icmp eq i32 %3, 0
	br i1 %1769, label %2226, label %2231

1770:
	%1771 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1766
	%1772 = load i32, i32 addrspace(3)* %1771
	%1773 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1772
	%1774 = load i32, i32 addrspace(3)* %1773
	%1775 = sub i32 %1774, 2
	%1776 = bitcast i32 %1775 to float
	br label %1777

1777:
	%1778 = phi float [ 0.0, %1765 ], [ %1776, %1770 ]
	%1779 = fpext float %1778 to double
	%1780 = fcmp one float %1778, 0.0
	%1781 = call float @llvm.fabs.f32(float %1778)
	%1782 = fcmp olt float %1781, 0x3E20000000000000
	%1783 = and i1 %1780, %1782
	%1784 = fmul double %1762, 4.503599627370496e+15
	%1785 = call double @llvm.trunc.f64(double %1784)
	%1786 = fcmp oeq double %1784, %1785
	%1787 = bitcast double %1779 to i64
	%1788 = trunc i64 %1787 to i32
	%1789 = lshr i64 %1787, 32
	%1790 = trunc i64 %1789 to i32
	%1791 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1788, i32 1, i32 0)
	%1792 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1790, i32 1, i32 0)
	%1793 = zext i32 %1791 to i64
	%1794 = zext i32 %1792 to i64
	%1795 = shl i64 %1794, 32
	%1796 = or i64 %1793, %1795
	%1797 = bitcast i64 %1796 to double
	%1798 = icmp uge i32 %3, 1
	%1799 = fadd double %1779, %1797
	%1800 = select i1 %1798, double %1799, double %1779
	%1801 = bitcast double %1800 to i64
	%1802 = trunc i64 %1801 to i32
	%1803 = lshr i64 %1801, 32
	%1804 = trunc i64 %1803 to i32
	%1805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1802, i32 2, i32 0)
	%1806 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1804, i32 2, i32 0)
	%1807 = zext i32 %1805 to i64
	%1808 = zext i32 %1806 to i64
	%1809 = shl i64 %1808, 32
	%1810 = or i64 %1807, %1809
	%1811 = bitcast i64 %1810 to double
	%1812 = icmp uge i32 %3, 2
	%1813 = fadd double %1800, %1811
	%1814 = select i1 %1812, double %1813, double %1800
	%1815 = bitcast double %1814 to i64
	%1816 = trunc i64 %1815 to i32
	%1817 = lshr i64 %1815, 32
	%1818 = trunc i64 %1817 to i32
	%1819 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1816, i32 4, i32 0)
	%1820 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1818, i32 4, i32 0)
	%1821 = zext i32 %1819 to i64
	%1822 = zext i32 %1820 to i64
	%1823 = shl i64 %1822, 32
	%1824 = or i64 %1821, %1823
	%1825 = bitcast i64 %1824 to double
	%1826 = icmp uge i32 %3, 4
	%1827 = fadd double %1814, %1825
	%1828 = select i1 %1826, double %1827, double %1814
	%1829 = bitcast double %1828 to i64
	%1830 = trunc i64 %1829 to i32
	%1831 = lshr i64 %1829, 32
	%1832 = trunc i64 %1831 to i32
	%1833 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1830, i32 8, i32 0)
	%1834 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1832, i32 8, i32 0)
	%1835 = zext i32 %1833 to i64
	%1836 = zext i32 %1834 to i64
	%1837 = shl i64 %1836, 32
	%1838 = or i64 %1835, %1837
	%1839 = bitcast i64 %1838 to double
	%1840 = icmp uge i32 %3, 8
	%1841 = fadd double %1828, %1839
	%1842 = select i1 %1840, double %1841, double %1828
	%1843 = bitcast double %1842 to i64
	%1844 = trunc i64 %1843 to i32
	%1845 = lshr i64 %1843, 32
	%1846 = trunc i64 %1845 to i32
	%1847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1844, i32 16, i32 0)
	%1848 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1846, i32 16, i32 0)
	%1849 = zext i32 %1847 to i64
	%1850 = zext i32 %1848 to i64
	%1851 = shl i64 %1850, 32
	%1852 = or i64 %1849, %1851
	%1853 = bitcast i64 %1852 to double
	%1854 = icmp uge i32 %3, 16
	%1855 = fadd double %1842, %1853
	%1856 = select i1 %1854, double %1855, double %1842
	%1857 = bitcast double %1856 to i64
	%1858 = trunc i64 %1857 to i32
	%1859 = lshr i64 %1857, 32
	%1860 = trunc i64 %1859 to i32
	%1861 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1858, i32 31, i32 31)
	%1862 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1860, i32 31, i32 31)
	%1863 = zext i32 %1861 to i64
	%1864 = zext i32 %1862 to i64
	%1865 = shl i64 %1864, 32
	%1866 = or i64 %1863, %1865
	%1867 = bitcast i64 %1866 to double
	%1868 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1783)
	%1869 = xor i1 %1868, true
	%1870 = and i1 %1786, %1869
	%1871 = fadd double %1762, %1867
	%1872 = fcmp olt double %1871, 1.5
	%1873 = and i1 %1870, %1872
	%1874 = fcmp oge double %1762, 0x3FECCCCCCCCCCCCD
	%1875 = or i1 %1873, %1874
	br i1 %1875, label %1876, label %1901

1876:
	%1877 = fsub double %1856, %1779
	%1878 = fadd double %1762, %1877
	%1879 = fcmp olt double %1878, 0x3FECCCCCCCCCCCCD
	%1880 = and i1 %1767, %1879
	%1881 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1880)
	%1882 = call i32 @llvm.ctpop.i32(i32 %1881)
	%1883 = sub i32 %1882, 1
	%1884 = icmp sgt i32 %1883, 0
	%1885 = select i1 %1884, i32 %1883, i32 0
	%1886 = bitcast double %1856 to i64
	%1887 = trunc i64 %1886 to i32
	%1888 = lshr i64 %1886, 32
	%1889 = trunc i64 %1888 to i32
	%1890 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1887, i32 %1885, i32 31)
	%1891 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1889, i32 %1885, i32 31)
	%1892 = zext i32 %1890 to i64
	%1893 = zext i32 %1891 to i64
	%1894 = shl i64 %1893, 32
	%1895 = or i64 %1892, %1894
	%1896 = bitcast i64 %1895 to double
	%1897 = icmp sgt i32 %1882, 0
	%1898 = fadd double %1762, %1896
	%1899 = select i1 %1897, double %1898, double %1762
	%1900 = add i32 %1763, %1882
	br label %2222

1901:
	%1902 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 0, i32 31)
	%1903 = fcmp olt double %1762, 0x3FECCCCCCCCCCCCD
	%1904 = add i32 %1761, 0
	%1905 = icmp slt i32 %1904, %793
	%1906 = and i1 %1903, %1905
	%1907 = fpext float %1902 to double
	%1908 = fadd double %1762, %1907
	%1909 = select i1 %1906, double %1908, double %1762
	%1910 = add i32 %1763, 1
	%1911 = select i1 %1906, i32 %1910, i32 %1763
	%1912 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 1, i32 31)
	%1913 = fcmp olt double %1909, 0x3FECCCCCCCCCCCCD
	%1914 = add i32 %1761, 1
	%1915 = icmp slt i32 %1914, %793
	%1916 = and i1 %1913, %1915
	%1917 = fpext float %1912 to double
	%1918 = fadd double %1909, %1917
	%1919 = select i1 %1916, double %1918, double %1909
	%1920 = add i32 %1911, 1
	%1921 = select i1 %1916, i32 %1920, i32 %1911
	%1922 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 2, i32 31)
	%1923 = fcmp olt double %1919, 0x3FECCCCCCCCCCCCD
	%1924 = add i32 %1761, 2
	%1925 = icmp slt i32 %1924, %793
	%1926 = and i1 %1923, %1925
	%1927 = fpext float %1922 to double
	%1928 = fadd double %1919, %1927
	%1929 = select i1 %1926, double %1928, double %1919
	%1930 = add i32 %1921, 1
	%1931 = select i1 %1926, i32 %1930, i32 %1921
	%1932 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 3, i32 31)
	%1933 = fcmp olt double %1929, 0x3FECCCCCCCCCCCCD
	%1934 = add i32 %1761, 3
	%1935 = icmp slt i32 %1934, %793
	%1936 = and i1 %1933, %1935
	%1937 = fpext float %1932 to double
	%1938 = fadd double %1929, %1937
	%1939 = select i1 %1936, double %1938, double %1929
	%1940 = add i32 %1931, 1
	%1941 = select i1 %1936, i32 %1940, i32 %1931
	%1942 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 4, i32 31)
	%1943 = fcmp olt double %1939, 0x3FECCCCCCCCCCCCD
	%1944 = add i32 %1761, 4
	%1945 = icmp slt i32 %1944, %793
	%1946 = and i1 %1943, %1945
	%1947 = fpext float %1942 to double
	%1948 = fadd double %1939, %1947
	%1949 = select i1 %1946, double %1948, double %1939
	%1950 = add i32 %1941, 1
	%1951 = select i1 %1946, i32 %1950, i32 %1941
	%1952 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 5, i32 31)
	%1953 = fcmp olt double %1949, 0x3FECCCCCCCCCCCCD
	%1954 = add i32 %1761, 5
	%1955 = icmp slt i32 %1954, %793
	%1956 = and i1 %1953, %1955
	%1957 = fpext float %1952 to double
	%1958 = fadd double %1949, %1957
	%1959 = select i1 %1956, double %1958, double %1949
	%1960 = add i32 %1951, 1
	%1961 = select i1 %1956, i32 %1960, i32 %1951
	%1962 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 6, i32 31)
	%1963 = fcmp olt double %1959, 0x3FECCCCCCCCCCCCD
	%1964 = add i32 %1761, 6
	%1965 = icmp slt i32 %1964, %793
	%1966 = and i1 %1963, %1965
	%1967 = fpext float %1962 to double
	%1968 = fadd double %1959, %1967
	%1969 = select i1 %1966, double %1968, double %1959
	%1970 = add i32 %1961, 1
	%1971 = select i1 %1966, i32 %1970, i32 %1961
	%1972 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 7, i32 31)
	%1973 = fcmp olt double %1969, 0x3FECCCCCCCCCCCCD
	%1974 = add i32 %1761, 7
	%1975 = icmp slt i32 %1974, %793
	%1976 = and i1 %1973, %1975
	%1977 = fpext float %1972 to double
	%1978 = fadd double %1969, %1977
	%1979 = select i1 %1976, double %1978, double %1969
	%1980 = add i32 %1971, 1
	%1981 = select i1 %1976, i32 %1980, i32 %1971
	%1982 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 8, i32 31)
	%1983 = fcmp olt double %1979, 0x3FECCCCCCCCCCCCD
	%1984 = add i32 %1761, 8
	%1985 = icmp slt i32 %1984, %793
	%1986 = and i1 %1983, %1985
	%1987 = fpext float %1982 to double
	%1988 = fadd double %1979, %1987
	%1989 = select i1 %1986, double %1988, double %1979
	%1990 = add i32 %1981, 1
	%1991 = select i1 %1986, i32 %1990, i32 %1981
	%1992 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 9, i32 31)
	%1993 = fcmp olt double %1989, 0x3FECCCCCCCCCCCCD
	%1994 = add i32 %1761, 9
	%1995 = icmp slt i32 %1994, %793
	%1996 = and i1 %1993, %1995
	%1997 = fpext float %1992 to double
	%1998 = fadd double %1989, %1997
	%1999 = select i1 %1996, double %1998, double %1989
	%2000 = add i32 %1991, 1
	%2001 = select i1 %1996, i32 %2000, i32 %1991
	%2002 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 10, i32 31)
	%2003 = fcmp olt double %1999, 0x3FECCCCCCCCCCCCD
	%2004 = add i32 %1761, 10
	%2005 = icmp slt i32 %2004, %793
	%2006 = and i1 %2003, %2005
	%2007 = fpext float %2002 to double
	%2008 = fadd double %1999, %2007
	%2009 = select i1 %2006, double %2008, double %1999
	%2010 = add i32 %2001, 1
	%2011 = select i1 %2006, i32 %2010, i32 %2001
	%2012 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 11, i32 31)
	%2013 = fcmp olt double %2009, 0x3FECCCCCCCCCCCCD
	%2014 = add i32 %1761, 11
	%2015 = icmp slt i32 %2014, %793
	%2016 = and i1 %2013, %2015
	%2017 = fpext float %2012 to double
	%2018 = fadd double %2009, %2017
	%2019 = select i1 %2016, double %2018, double %2009
	%2020 = add i32 %2011, 1
	%2021 = select i1 %2016, i32 %2020, i32 %2011
	%2022 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 12, i32 31)
	%2023 = fcmp olt double %2019, 0x3FECCCCCCCCCCCCD
	%2024 = add i32 %1761, 12
	%2025 = icmp slt i32 %2024, %793
	%2026 = and i1 %2023, %2025
	%2027 = fpext float %2022 to double
	%2028 = fadd double %2019, %2027
	%2029 = select i1 %2026, double %2028, double %2019
	%2030 = add i32 %2021, 1
	%2031 = select i1 %2026, i32 %2030, i32 %2021
	%2032 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 13, i32 31)
	%2033 = fcmp olt double %2029, 0x3FECCCCCCCCCCCCD
	%2034 = add i32 %1761, 13
	%2035 = icmp slt i32 %2034, %793
	%2036 = and i1 %2033, %2035
	%2037 = fpext float %2032 to double
	%2038 = fadd double %2029, %2037
	%2039 = select i1 %2036, double %2038, double %2029
	%2040 = add i32 %2031, 1
	%2041 = select i1 %2036, i32 %2040, i32 %2031
	%2042 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 14, i32 31)
	%2043 = fcmp olt double %2039, 0x3FECCCCCCCCCCCCD
	%2044 = add i32 %1761, 14
	%2045 = icmp slt i32 %2044, %793
	%2046 = and i1 %2043, %2045
	%2047 = fpext float %2042 to double
	%2048 = fadd double %2039, %2047
	%2049 = select i1 %2046, double %2048, double %2039
	%2050 = add i32 %2041, 1
	%2051 = select i1 %2046, i32 %2050, i32 %2041
	%2052 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 15, i32 31)
	%2053 = fcmp olt double %2049, 0x3FECCCCCCCCCCCCD
	%2054 = add i32 %1761, 15
	%2055 = icmp slt i32 %2054, %793
	%2056 = and i1 %2053, %2055
	%2057 = fpext float %2052 to double
	%2058 = fadd double %2049, %2057
	%2059 = select i1 %2056, double %2058, double %2049
	%2060 = add i32 %2051, 1
	%2061 = select i1 %2056, i32 %2060, i32 %2051
	%2062 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 16, i32 31)
	%2063 = fcmp olt double %2059, 0x3FECCCCCCCCCCCCD
	%2064 = add i32 %1761, 16
	%2065 = icmp slt i32 %2064, %793
	%2066 = and i1 %2063, %2065
	%2067 = fpext float %2062 to double
	%2068 = fadd double %2059, %2067
	%2069 = select i1 %2066, double %2068, double %2059
	%2070 = add i32 %2061, 1
	%2071 = select i1 %2066, i32 %2070, i32 %2061
	%2072 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 17, i32 31)
	%2073 = fcmp olt double %2069, 0x3FECCCCCCCCCCCCD
	%2074 = add i32 %1761, 17
	%2075 = icmp slt i32 %2074, %793
	%2076 = and i1 %2073, %2075
	%2077 = fpext float %2072 to double
	%2078 = fadd double %2069, %2077
	%2079 = select i1 %2076, double %2078, double %2069
	%2080 = add i32 %2071, 1
	%2081 = select i1 %2076, i32 %2080, i32 %2071
	%2082 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 18, i32 31)
	%2083 = fcmp olt double %2079, 0x3FECCCCCCCCCCCCD
	%2084 = add i32 %1761, 18
	%2085 = icmp slt i32 %2084, %793
	%2086 = and i1 %2083, %2085
	%2087 = fpext float %2082 to double
	%2088 = fadd double %2079, %2087
	%2089 = select i1 %2086, double %2088, double %2079
	%2090 = add i32 %2081, 1
	%2091 = select i1 %2086, i32 %2090, i32 %2081
	%2092 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 19, i32 31)
	%2093 = fcmp olt double %2089, 0x3FECCCCCCCCCCCCD
	%2094 = add i32 %1761, 19
	%2095 = icmp slt i32 %2094, %793
	%2096 = and i1 %2093, %2095
	%2097 = fpext float %2092 to double
	%2098 = fadd double %2089, %2097
	%2099 = select i1 %2096, double %2098, double %2089
	%2100 = add i32 %2091, 1
	%2101 = select i1 %2096, i32 %2100, i32 %2091
	%2102 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 20, i32 31)
	%2103 = fcmp olt double %2099, 0x3FECCCCCCCCCCCCD
	%2104 = add i32 %1761, 20
	%2105 = icmp slt i32 %2104, %793
	%2106 = and i1 %2103, %2105
	%2107 = fpext float %2102 to double
	%2108 = fadd double %2099, %2107
	%2109 = select i1 %2106, double %2108, double %2099
	%2110 = add i32 %2101, 1
	%2111 = select i1 %2106, i32 %2110, i32 %2101
	%2112 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 21, i32 31)
	%2113 = fcmp olt double %2109, 0x3FECCCCCCCCCCCCD
	%2114 = add i32 %1761, 21
	%2115 = icmp slt i32 %2114, %793
	%2116 = and i1 %2113, %2115
	%2117 = fpext float %2112 to double
	%2118 = fadd double %2109, %2117
	%2119 = select i1 %2116, double %2118, double %2109
	%2120 = add i32 %2111, 1
	%2121 = select i1 %2116, i32 %2120, i32 %2111
	%2122 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 22, i32 31)
	%2123 = fcmp olt double %2119, 0x3FECCCCCCCCCCCCD
	%2124 = add i32 %1761, 22
	%2125 = icmp slt i32 %2124, %793
	%2126 = and i1 %2123, %2125
	%2127 = fpext float %2122 to double
	%2128 = fadd double %2119, %2127
	%2129 = select i1 %2126, double %2128, double %2119
	%2130 = add i32 %2121, 1
	%2131 = select i1 %2126, i32 %2130, i32 %2121
	%2132 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 23, i32 31)
	%2133 = fcmp olt double %2129, 0x3FECCCCCCCCCCCCD
	%2134 = add i32 %1761, 23
	%2135 = icmp slt i32 %2134, %793
	%2136 = and i1 %2133, %2135
	%2137 = fpext float %2132 to double
	%2138 = fadd double %2129, %2137
	%2139 = select i1 %2136, double %2138, double %2129
	%2140 = add i32 %2131, 1
	%2141 = select i1 %2136, i32 %2140, i32 %2131
	%2142 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 24, i32 31)
	%2143 = fcmp olt double %2139, 0x3FECCCCCCCCCCCCD
	%2144 = add i32 %1761, 24
	%2145 = icmp slt i32 %2144, %793
	%2146 = and i1 %2143, %2145
	%2147 = fpext float %2142 to double
	%2148 = fadd double %2139, %2147
	%2149 = select i1 %2146, double %2148, double %2139
	%2150 = add i32 %2141, 1
	%2151 = select i1 %2146, i32 %2150, i32 %2141
	%2152 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 25, i32 31)
	%2153 = fcmp olt double %2149, 0x3FECCCCCCCCCCCCD
	%2154 = add i32 %1761, 25
	%2155 = icmp slt i32 %2154, %793
	%2156 = and i1 %2153, %2155
	%2157 = fpext float %2152 to double
	%2158 = fadd double %2149, %2157
	%2159 = select i1 %2156, double %2158, double %2149
	%2160 = add i32 %2151, 1
	%2161 = select i1 %2156, i32 %2160, i32 %2151
	%2162 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 26, i32 31)
	%2163 = fcmp olt double %2159, 0x3FECCCCCCCCCCCCD
	%2164 = add i32 %1761, 26
	%2165 = icmp slt i32 %2164, %793
	%2166 = and i1 %2163, %2165
	%2167 = fpext float %2162 to double
	%2168 = fadd double %2159, %2167
	%2169 = select i1 %2166, double %2168, double %2159
	%2170 = add i32 %2161, 1
	%2171 = select i1 %2166, i32 %2170, i32 %2161
	%2172 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 27, i32 31)
	%2173 = fcmp olt double %2169, 0x3FECCCCCCCCCCCCD
	%2174 = add i32 %1761, 27
	%2175 = icmp slt i32 %2174, %793
	%2176 = and i1 %2173, %2175
	%2177 = fpext float %2172 to double
	%2178 = fadd double %2169, %2177
	%2179 = select i1 %2176, double %2178, double %2169
	%2180 = add i32 %2171, 1
	%2181 = select i1 %2176, i32 %2180, i32 %2171
	%2182 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 28, i32 31)
	%2183 = fcmp olt double %2179, 0x3FECCCCCCCCCCCCD
	%2184 = add i32 %1761, 28
	%2185 = icmp slt i32 %2184, %793
	%2186 = and i1 %2183, %2185
	%2187 = fpext float %2182 to double
	%2188 = fadd double %2179, %2187
	%2189 = select i1 %2186, double %2188, double %2179
	%2190 = add i32 %2181, 1
	%2191 = select i1 %2186, i32 %2190, i32 %2181
	%2192 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 29, i32 31)
	%2193 = fcmp olt double %2189, 0x3FECCCCCCCCCCCCD
	%2194 = add i32 %1761, 29
	%2195 = icmp slt i32 %2194, %793
	%2196 = and i1 %2193, %2195
	%2197 = fpext float %2192 to double
	%2198 = fadd double %2189, %2197
	%2199 = select i1 %2196, double %2198, double %2189
	%2200 = add i32 %2191, 1
	%2201 = select i1 %2196, i32 %2200, i32 %2191
	%2202 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 30, i32 31)
	%2203 = fcmp olt double %2199, 0x3FECCCCCCCCCCCCD
	%2204 = add i32 %1761, 30
	%2205 = icmp slt i32 %2204, %793
	%2206 = and i1 %2203, %2205
	%2207 = fpext float %2202 to double
	%2208 = fadd double %2199, %2207
	%2209 = select i1 %2206, double %2208, double %2199
	%2210 = add i32 %2201, 1
	%2211 = select i1 %2206, i32 %2210, i32 %2201
	%2212 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1778, i32 31, i32 31)
	%2213 = fcmp olt double %2209, 0x3FECCCCCCCCCCCCD
	%2214 = add i32 %1761, 31
	%2215 = icmp slt i32 %2214, %793
	%2216 = and i1 %2213, %2215
	%2217 = fpext float %2212 to double
	%2218 = fadd double %2209, %2217
	%2219 = select i1 %2216, double %2218, double %2209
	%2220 = add i32 %2211, 1
	%2221 = select i1 %2216, i32 %2220, i32 %2211
	br label %2222

2222:
	%2223 = phi double [ %1899, %1876 ], [ %2219, %1901 ]
	%2224 = phi i32 [ %1900, %1876 ], [ %2221, %1901 ]
	%2225 = add i32 %1761, 32
	br label %1760

2226:
	%2227 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 1
	store i32 %1763, i32 addrspace(3)* %2227
	%2228 = fcmp oge double %1762, 0x3FECCCCCCCCCCCCD
	%2229 = zext i1 %2228 to i32
	%2230 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 2
	store i32 %2229, i32 addrspace(3)* %2230
	br label %2231

2231:
	br label %1747

2232:
	%2233 = phi i32 [ %799, %mass_done ], [ %2243, %2235 ]
	%2234 = icmp slt i32 %2233, %NK
	br i1 %2234, label %2235, label %2244

2235:
	%2236 = add i32 %13, %2233
	%2237 = sext i32 %2236 to i64
	%2238 = getelementptr i32, i32* %list, i64 %2237
	store i32 -1, i32* %2238
	%2239 = add i32 %13, %NK
	%2240 = add i32 %2239, %2233
	%2241 = sext i32 %2240 to i64
	%2242 = getelementptr i32, i32* %list, i64 %2241
	store i32 -1, i32* %2242
	%2243 = add i32 %2233, 256
	br label %2232

2244:
	ret void
}

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare double @llvm.ceil.f64(double %p0)

declare double @llvm.maxnum.f64(double %p0, double %p1)

declare double @llvm.minnum.f64(double %p0, double %p1)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

declare float @llvm.fabs.f32(float %p0)

declare double @llvm.trunc.f64(double %p0)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.shfl.sync.idx.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

define ptx_kernel void @scalargather_pool_q1(float* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr float, float* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %23, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %22, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %24

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr float, float* %12, i64 %19
	%21 = load float, float* %20
	%22 = fadd float %15, %21
	%23 = add i32 %14, 1
	br label %13

24:
	%25 = sub i32 %7, %3
	%26 = sitofp i32 %25 to float
	%27 = fdiv float %15, %26
	%28 = mul i32 %2, %NT
	%29 = add i32 %28, %1
	%30 = mul i32 %29, 64
	%31 = add i32 %30, %0
	%32 = sext i32 %31 to i64
	%33 = getelementptr float, float* %out, i64 %32
	store float %27, float* %33
	ret void
}

define ptx_kernel void @scalargather_pool_k1(float* %x, float* %out, i32 %L, i32 %NT, i32* %perm, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = select i1 %5, i32 %4, i32 %L
	%7 = sdiv i32 %2, %group
	%8 = mul i32 %7, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr float, float* %x, i64 %11
	%13 = mul i32 %2, %L
	br label %14

14:
	%15 = phi i32 [ %3, %entry ], [ %28, %18 ]
	%16 = phi float [ 0.0, %entry ], [ %27, %18 ]
	%17 = icmp slt i32 %15, %6
	br i1 %17, label %18, label %29

18:
	%19 = add i32 %13, %15
	%20 = sext i32 %19 to i64
	%21 = getelementptr i32, i32* %perm, i64 %20
	%22 = load i32, i32* %21
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr float, float* %12, i64 %24
	%26 = load float, float* %25
	%27 = fadd float %16, %26
	%28 = add i32 %15, 1
	br label %14

29:
	%30 = sub i32 %6, %3
	%31 = sitofp i32 %30 to float
	%32 = fdiv float %16, %31
	%33 = mul i32 %2, %NT
	%34 = add i32 %33, %1
	%35 = mul i32 %34, 64
	%36 = add i32 %35, %0
	%37 = sext i32 %36 to i64
	%38 = getelementptr float, float* %out, i64 %37
	store float %32, float* %38
	ret void
}

define ptx_kernel void @scalargather_scores1(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

define ptx_kernel void @scalargather_attn3(float* %q, float* %k, float* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32* %perm, i32 %NS, i32 %segment) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%1 = mul i32 %0, 128
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = add i32 %1, %2
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%5 = icmp slt i32 %3, %M
	br i1 %5, label %body, label %exit

body:
	%6 = sdiv i32 %4, %group
	%7 = mul i32 %4, %M
	%8 = add i32 %7, %3
	%9 = mul i32 %8, 64
	%10 = getelementptr float, float* %q, i32 %9
	%11 = mul i32 %4, %M
	%12 = add i32 %11, %3
	%13 = mul i32 %12, 64
	%14 = getelementptr float, float* %out, i32 %13
	%15 = mul i32 %6, %N
	%16 = mul i32 %15, 64
	%17 = getelementptr float, float* %k, i32 %16
	%18 = mul i32 %6, %N
	%19 = mul i32 %18, 64
	%20 = getelementptr float, float* %v, i32 %19
	%21 = getelementptr float, float* %10, i32 0
	%22 = load float, float* %21
	%23 = getelementptr float, float* %10, i32 1
	%24 = load float, float* %23
	%25 = getelementptr float, float* %10, i32 2
	%26 = load float, float* %25
	%27 = getelementptr float, float* %10, i32 3
	%28 = load float, float* %27
	%29 = getelementptr float, float* %10, i32 4
	%30 = load float, float* %29
	%31 = getelementptr float, float* %10, i32 5
	%32 = load float, float* %31
	%33 = getelementptr float, float* %10, i32 6
	%34 = load float, float* %33
	%35 = getelementptr float, float* %10, i32 7
	%36 = load float, float* %35
	%37 = getelementptr float, float* %10, i32 8
	%38 = load float, float* %37
	%39 = getelementptr float, float* %10, i32 9
	%40 = load float, float* %39
	%41 = getelementptr float, float* %10, i32 10
	%42 = load float, float* %41
	%43 = getelementptr float, float* %10, i32 11
	%44 = load float, float* %43
	%45 = getelementptr float, float* %10, i32 12
	%46 = load float, float* %45
	%47 = getelementptr float, float* %10, i32 13
	%48 = load float, float* %47
	%49 = getelementptr float, float* %10, i32 14
	%50 = load float, float* %49
	%51 = getelementptr float, float* %10, i32 15
	%52 = load float, float* %51
	%53 = getelementptr float, float* %10, i32 16
	%54 = load float, float* %53
	%55 = getelementptr float, float* %10, i32 17
	%56 = load float, float* %55
	%57 = getelementptr float, float* %10, i32 18
	%58 = load float, float* %57
	%59 = getelementptr float, float* %10, i32 19
	%60 = load float, float* %59
	%61 = getelementptr float, float* %10, i32 20
	%62 = load float, float* %61
	%63 = getelementptr float, float* %10, i32 21
	%64 = load float, float* %63
	%65 = getelementptr float, float* %10, i32 22
	%66 = load float, float* %65
	%67 = getelementptr float, float* %10, i32 23
	%68 = load float, float* %67
	%69 = getelementptr float, float* %10, i32 24
	%70 = load float, float* %69
	%71 = getelementptr float, float* %10, i32 25
	%72 = load float, float* %71
	%73 = getelementptr float, float* %10, i32 26
	%74 = load float, float* %73
	%75 = getelementptr float, float* %10, i32 27
	%76 = load float, float* %75
	%77 = getelementptr float, float* %10, i32 28
	%78 = load float, float* %77
	%79 = getelementptr float, float* %10, i32 29
	%80 = load float, float* %79
	%81 = getelementptr float, float* %10, i32 30
	%82 = load float, float* %81
	%83 = getelementptr float, float* %10, i32 31
	%84 = load float, float* %83
	%85 = getelementptr float, float* %10, i32 32
	%86 = load float, float* %85
	%87 = getelementptr float, float* %10, i32 33
	%88 = load float, float* %87
	%89 = getelementptr float, float* %10, i32 34
	%90 = load float, float* %89
	%91 = getelementptr float, float* %10, i32 35
	%92 = load float, float* %91
	%93 = getelementptr float, float* %10, i32 36
	%94 = load float, float* %93
	%95 = getelementptr float, float* %10, i32 37
	%96 = load float, float* %95
	%97 = getelementptr float, float* %10, i32 38
	%98 = load float, float* %97
	%99 = getelementptr float, float* %10, i32 39
	%100 = load float, float* %99
	%101 = getelementptr float, float* %10, i32 40
	%102 = load float, float* %101
	%103 = getelementptr float, float* %10, i32 41
	%104 = load float, float* %103
	%105 = getelementptr float, float* %10, i32 42
	%106 = load float, float* %105
	%107 = getelementptr float, float* %10, i32 43
	%108 = load float, float* %107
	%109 = getelementptr float, float* %10, i32 44
	%110 = load float, float* %109
	%111 = getelementptr float, float* %10, i32 45
	%112 = load float, float* %111
	%113 = getelementptr float, float* %10, i32 46
	%114 = load float, float* %113
	%115 = getelementptr float, float* %10, i32 47
	%116 = load float, float* %115
	%117 = getelementptr float, float* %10, i32 48
	%118 = load float, float* %117
	%119 = getelementptr float, float* %10, i32 49
	%120 = load float, float* %119
	%121 = getelementptr float, float* %10, i32 50
	%122 = load float, float* %121
	%123 = getelementptr float, float* %10, i32 51
	%124 = load float, float* %123
	%125 = getelementptr float, float* %10, i32 52
	%126 = load float, float* %125
	%127 = getelementptr float, float* %10, i32 53
	%128 = load float, float* %127
	%129 = getelementptr float, float* %10, i32 54
	%130 = load float, float* %129
	%131 = getelementptr float, float* %10, i32 55
	%132 = load float, float* %131
	%133 = getelementptr float, float* %10, i32 56
	%134 = load float, float* %133
	%135 = getelementptr float, float* %10, i32 57
	%136 = load float, float* %135
	%137 = getelementptr float, float* %10, i32 58
	%138 = load float, float* %137
	%139 = getelementptr float, float* %10, i32 59
	%140 = load float, float* %139
	%141 = getelementptr float, float* %10, i32 60
	%142 = load float, float* %141
	%143 = getelementptr float, float* %10, i32 61
	%144 = load float, float* %143
	%145 = getelementptr float, float* %10, i32 62
	%146 = load float, float* %145
	%147 = getelementptr float, float* %10, i32 63
	%148 = load float, float* %147
	%149 = alloca [64 x float]
	%150 = alloca float
	%151 = alloca float
	%152 = alloca i32
	%153 = alloca i32
	%154 = alloca i32
	%155 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	store float 0.0, float* %155
	%156 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	store float 0.0, float* %156
	%157 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	store float 0.0, float* %157
	%158 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	store float 0.0, float* %158
	%159 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	store float 0.0, float* %159
	%160 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	store float 0.0, float* %160
	%161 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	store float 0.0, float* %161
	%162 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	store float 0.0, float* %162
	%163 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	store float 0.0, float* %163
	%164 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	store float 0.0, float* %164
	%165 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	store float 0.0, float* %165
	%166 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	store float 0.0, float* %166
	%167 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	store float 0.0, float* %167
	%168 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	store float 0.0, float* %168
	%169 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	store float 0.0, float* %169
	%170 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	store float 0.0, float* %170
	%171 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	store float 0.0, float* %171
	%172 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	store float 0.0, float* %172
	%173 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	store float 0.0, float* %173
	%174 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	store float 0.0, float* %174
	%175 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	store float 0.0, float* %175
	%176 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	store float 0.0, float* %176
	%177 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	store float 0.0, float* %177
	%178 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	store float 0.0, float* %178
	%179 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	store float 0.0, float* %179
	%180 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	store float 0.0, float* %180
	%181 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	store float 0.0, float* %181
	%182 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	store float 0.0, float* %182
	%183 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	store float 0.0, float* %183
	%184 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	store float 0.0, float* %184
	%185 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	store float 0.0, float* %185
	%186 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	store float 0.0, float* %186
	%187 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	store float 0.0, float* %187
	%188 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	store float 0.0, float* %188
	%189 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	store float 0.0, float* %189
	%190 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	store float 0.0, float* %190
	%191 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	store float 0.0, float* %191
	%192 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	store float 0.0, float* %192
	%193 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	store float 0.0, float* %193
	%194 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	store float 0.0, float* %194
	%195 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	store float 0.0, float* %195
	%196 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	store float 0.0, float* %196
	%197 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	store float 0.0, float* %197
	%198 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	store float 0.0, float* %198
	%199 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	store float 0.0, float* %199
	%200 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	store float 0.0, float* %200
	%201 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	store float 0.0, float* %201
	%202 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	store float 0.0, float* %202
	%203 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	store float 0.0, float* %203
	%204 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	store float 0.0, float* %204
	%205 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	store float 0.0, float* %205
	%206 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	store float 0.0, float* %206
	%207 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	store float 0.0, float* %207
	%208 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	store float 0.0, float* %208
	%209 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	store float 0.0, float* %209
	%210 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	store float 0.0, float* %210
	%211 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	store float 0.0, float* %211
	%212 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	store float 0.0, float* %212
	%213 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	store float 0.0, float* %213
	%214 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	store float 0.0, float* %214
	%215 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	store float 0.0, float* %215
	%216 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	store float 0.0, float* %216
	%217 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	store float 0.0, float* %217
	%218 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	store float 0.0, float* %218
	store float 0xFFF0000000000000, float* %150
	store float 0.0, float* %151
	%219 = sitofp i32 %3 to float
	%220 = sitofp i32 %4 to float
	%221 = sdiv i32 %3, 64
	%222 = mul i32 %4, %NQ
	%223 = add i32 %222, %221
	%224 = mul i32 %223, 2
	%225 = mul i32 %224, %NK
	store i32 0, i32* %154
	br label %list_head

exit:
	ret void

loop:
	%226 = load i32, i32* %152
	%227 = load i32, i32* %153
	%228 = icmp slt i32 %226, %227
	br i1 %228, label %work, label %list_next

work:
	%229 = mul i32 %221, 64
	%230 = sdiv i32 %229, %segment
	%231 = mul i32 %4, %NS
	%232 = add i32 %231, %230
	%233 = mul i32 %232, %N
	%234 = add i32 %233, %226
	%235 = getelementptr i32, i32* %perm, i32 %234
	%236 = load i32, i32* %235
	%237 = sitofp i32 %236 to float
	%238 = fcmp ole float %237, %219
	%239 = uitofp i1 %238 to float
	%240 = fcmp une float %239, 0.0
	br i1 %240, label %compute, label %next

next:
	%241 = load i32, i32* %152
	%242 = add i32 %241, 1
	store i32 %242, i32* %152
	br label %loop

done:
	%243 = load float, float* %151
	%244 = fcmp ogt float %243, 0.0
	%245 = fdiv float 1.0, %243
	%246 = select i1 %244, float %245, float 0.0
	%247 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	%248 = load float, float* %247
	%249 = fmul float %248, %246
	%250 = getelementptr float, float* %14, i32 0
	store float %249, float* %250
	%251 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	%252 = load float, float* %251
	%253 = fmul float %252, %246
	%254 = getelementptr float, float* %14, i32 1
	store float %253, float* %254
	%255 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	%256 = load float, float* %255
	%257 = fmul float %256, %246
	%258 = getelementptr float, float* %14, i32 2
	store float %257, float* %258
	%259 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	%260 = load float, float* %259
	%261 = fmul float %260, %246
	%262 = getelementptr float, float* %14, i32 3
	store float %261, float* %262
	%263 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	%264 = load float, float* %263
	%265 = fmul float %264, %246
	%266 = getelementptr float, float* %14, i32 4
	store float %265, float* %266
	%267 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	%268 = load float, float* %267
	%269 = fmul float %268, %246
	%270 = getelementptr float, float* %14, i32 5
	store float %269, float* %270
	%271 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	%272 = load float, float* %271
	%273 = fmul float %272, %246
	%274 = getelementptr float, float* %14, i32 6
	store float %273, float* %274
	%275 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	%276 = load float, float* %275
	%277 = fmul float %276, %246
	%278 = getelementptr float, float* %14, i32 7
	store float %277, float* %278
	%279 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	%280 = load float, float* %279
	%281 = fmul float %280, %246
	%282 = getelementptr float, float* %14, i32 8
	store float %281, float* %282
	%283 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	%284 = load float, float* %283
	%285 = fmul float %284, %246
	%286 = getelementptr float, float* %14, i32 9
	store float %285, float* %286
	%287 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	%288 = load float, float* %287
	%289 = fmul float %288, %246
	%290 = getelementptr float, float* %14, i32 10
	store float %289, float* %290
	%291 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	%292 = load float, float* %291
	%293 = fmul float %292, %246
	%294 = getelementptr float, float* %14, i32 11
	store float %293, float* %294
	%295 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	%296 = load float, float* %295
	%297 = fmul float %296, %246
	%298 = getelementptr float, float* %14, i32 12
	store float %297, float* %298
	%299 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	%300 = load float, float* %299
	%301 = fmul float %300, %246
	%302 = getelementptr float, float* %14, i32 13
	store float %301, float* %302
	%303 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	%304 = load float, float* %303
	%305 = fmul float %304, %246
	%306 = getelementptr float, float* %14, i32 14
	store float %305, float* %306
	%307 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	%308 = load float, float* %307
	%309 = fmul float %308, %246
	%310 = getelementptr float, float* %14, i32 15
	store float %309, float* %310
	%311 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	%312 = load float, float* %311
	%313 = fmul float %312, %246
	%314 = getelementptr float, float* %14, i32 16
	store float %313, float* %314
	%315 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	%316 = load float, float* %315
	%317 = fmul float %316, %246
	%318 = getelementptr float, float* %14, i32 17
	store float %317, float* %318
	%319 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	%320 = load float, float* %319
	%321 = fmul float %320, %246
	%322 = getelementptr float, float* %14, i32 18
	store float %321, float* %322
	%323 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	%324 = load float, float* %323
	%325 = fmul float %324, %246
	%326 = getelementptr float, float* %14, i32 19
	store float %325, float* %326
	%327 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	%328 = load float, float* %327
	%329 = fmul float %328, %246
	%330 = getelementptr float, float* %14, i32 20
	store float %329, float* %330
	%331 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	%332 = load float, float* %331
	%333 = fmul float %332, %246
	%334 = getelementptr float, float* %14, i32 21
	store float %333, float* %334
	%335 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	%336 = load float, float* %335
	%337 = fmul float %336, %246
	%338 = getelementptr float, float* %14, i32 22
	store float %337, float* %338
	%339 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	%340 = load float, float* %339
	%341 = fmul float %340, %246
	%342 = getelementptr float, float* %14, i32 23
	store float %341, float* %342
	%343 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	%344 = load float, float* %343
	%345 = fmul float %344, %246
	%346 = getelementptr float, float* %14, i32 24
	store float %345, float* %346
	%347 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	%348 = load float, float* %347
	%349 = fmul float %348, %246
	%350 = getelementptr float, float* %14, i32 25
	store float %349, float* %350
	%351 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	%352 = load float, float* %351
	%353 = fmul float %352, %246
	%354 = getelementptr float, float* %14, i32 26
	store float %353, float* %354
	%355 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	%356 = load float, float* %355
	%357 = fmul float %356, %246
	%358 = getelementptr float, float* %14, i32 27
	store float %357, float* %358
	%359 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	%360 = load float, float* %359
	%361 = fmul float %360, %246
	%362 = getelementptr float, float* %14, i32 28
	store float %361, float* %362
	%363 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	%364 = load float, float* %363
	%365 = fmul float %364, %246
	%366 = getelementptr float, float* %14, i32 29
	store float %365, float* %366
	%367 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	%368 = load float, float* %367
	%369 = fmul float %368, %246
	%370 = getelementptr float, float* %14, i32 30
	store float %369, float* %370
	%371 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	%372 = load float, float* %371
	%373 = fmul float %372, %246
	%374 = getelementptr float, float* %14, i32 31
	store float %373, float* %374
	%375 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	%376 = load float, float* %375
	%377 = fmul float %376, %246
	%378 = getelementptr float, float* %14, i32 32
	store float %377, float* %378
	%379 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	%380 = load float, float* %379
	%381 = fmul float %380, %246
	%382 = getelementptr float, float* %14, i32 33
	store float %381, float* %382
	%383 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	%384 = load float, float* %383
	%385 = fmul float %384, %246
	%386 = getelementptr float, float* %14, i32 34
	store float %385, float* %386
	%387 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	%388 = load float, float* %387
	%389 = fmul float %388, %246
	%390 = getelementptr float, float* %14, i32 35
	store float %389, float* %390
	%391 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	%392 = load float, float* %391
	%393 = fmul float %392, %246
	%394 = getelementptr float, float* %14, i32 36
	store float %393, float* %394
	%395 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	%396 = load float, float* %395
	%397 = fmul float %396, %246
	%398 = getelementptr float, float* %14, i32 37
	store float %397, float* %398
	%399 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	%400 = load float, float* %399
	%401 = fmul float %400, %246
	%402 = getelementptr float, float* %14, i32 38
	store float %401, float* %402
	%403 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	%404 = load float, float* %403
	%405 = fmul float %404, %246
	%406 = getelementptr float, float* %14, i32 39
	store float %405, float* %406
	%407 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	%408 = load float, float* %407
	%409 = fmul float %408, %246
	%410 = getelementptr float, float* %14, i32 40
	store float %409, float* %410
	%411 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	%412 = load float, float* %411
	%413 = fmul float %412, %246
	%414 = getelementptr float, float* %14, i32 41
	store float %413, float* %414
	%415 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	%416 = load float, float* %415
	%417 = fmul float %416, %246
	%418 = getelementptr float, float* %14, i32 42
	store float %417, float* %418
	%419 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	%420 = load float, float* %419
	%421 = fmul float %420, %246
	%422 = getelementptr float, float* %14, i32 43
	store float %421, float* %422
	%423 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	%424 = load float, float* %423
	%425 = fmul float %424, %246
	%426 = getelementptr float, float* %14, i32 44
	store float %425, float* %426
	%427 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	%428 = load float, float* %427
	%429 = fmul float %428, %246
	%430 = getelementptr float, float* %14, i32 45
	store float %429, float* %430
	%431 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	%432 = load float, float* %431
	%433 = fmul float %432, %246
	%434 = getelementptr float, float* %14, i32 46
	store float %433, float* %434
	%435 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	%436 = load float, float* %435
	%437 = fmul float %436, %246
	%438 = getelementptr float, float* %14, i32 47
	store float %437, float* %438
	%439 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	%440 = load float, float* %439
	%441 = fmul float %440, %246
	%442 = getelementptr float, float* %14, i32 48
	store float %441, float* %442
	%443 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	%444 = load float, float* %443
	%445 = fmul float %444, %246
	%446 = getelementptr float, float* %14, i32 49
	store float %445, float* %446
	%447 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	%448 = load float, float* %447
	%449 = fmul float %448, %246
	%450 = getelementptr float, float* %14, i32 50
	store float %449, float* %450
	%451 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	%452 = load float, float* %451
	%453 = fmul float %452, %246
	%454 = getelementptr float, float* %14, i32 51
	store float %453, float* %454
	%455 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	%456 = load float, float* %455
	%457 = fmul float %456, %246
	%458 = getelementptr float, float* %14, i32 52
	store float %457, float* %458
	%459 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	%460 = load float, float* %459
	%461 = fmul float %460, %246
	%462 = getelementptr float, float* %14, i32 53
	store float %461, float* %462
	%463 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	%464 = load float, float* %463
	%465 = fmul float %464, %246
	%466 = getelementptr float, float* %14, i32 54
	store float %465, float* %466
	%467 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	%468 = load float, float* %467
	%469 = fmul float %468, %246
	%470 = getelementptr float, float* %14, i32 55
	store float %469, float* %470
	%471 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	%472 = load float, float* %471
	%473 = fmul float %472, %246
	%474 = getelementptr float, float* %14, i32 56
	store float %473, float* %474
	%475 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	%476 = load float, float* %475
	%477 = fmul float %476, %246
	%478 = getelementptr float, float* %14, i32 57
	store float %477, float* %478
	%479 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	%480 = load float, float* %479
	%481 = fmul float %480, %246
	%482 = getelementptr float, float* %14, i32 58
	store float %481, float* %482
	%483 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	%484 = load float, float* %483
	%485 = fmul float %484, %246
	%486 = getelementptr float, float* %14, i32 59
	store float %485, float* %486
	%487 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	%488 = load float, float* %487
	%489 = fmul float %488, %246
	%490 = getelementptr float, float* %14, i32 60
	store float %489, float* %490
	%491 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	%492 = load float, float* %491
	%493 = fmul float %492, %246
	%494 = getelementptr float, float* %14, i32 61
	store float %493, float* %494
	%495 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	%496 = load float, float* %495
	%497 = fmul float %496, %246
	%498 = getelementptr float, float* %14, i32 62
	store float %497, float* %498
	%499 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	%500 = load float, float* %499
	%501 = fmul float %500, %246
	%502 = getelementptr float, float* %14, i32 63
	store float %501, float* %502
	ret void

list_head:
	%503 = load i32, i32* %154
	%504 = icmp slt i32 %503, %NK
	br i1 %504, label %list_entry, label %done

list_entry:
	%505 = add i32 %225, %503
	%506 = getelementptr i32, i32* %list, i32 %505
	%507 = load i32, i32* %506
	%508 = icmp sge i32 %507, 0
	br i1 %508, label %list_tile, label %done

list_tile:
	%509 = mul i32 %507, 64
	%510 = add i32 %509, 64
	%511 = icmp slt i32 %510, %N
	%512 = select i1 %511, i32 %510, i32 %N
	store i32 %509, i32* %152
	store i32 %512, i32* %153
	br label %loop

list_next:
	%513 = load i32, i32* %154
	%514 = add i32 %513, 1
	store i32 %514, i32* %154
	br label %list_head

compute:
	%515 = mul i32 %236, 64
	%516 = getelementptr float, float* %17, i32 %515
	%517 = getelementptr float, float* %516, i32 0
	%518 = load float, float* %517
	%519 = fmul float %22, %518
	%520 = fadd float 0.0, %519
	%521 = getelementptr float, float* %516, i32 1
	%522 = load float, float* %521
	%523 = fmul float %24, %522
	%524 = fadd float %520, %523
	%525 = getelementptr float, float* %516, i32 2
	%526 = load float, float* %525
	%527 = fmul float %26, %526
	%528 = fadd float %524, %527
	%529 = getelementptr float, float* %516, i32 3
	%530 = load float, float* %529
	%531 = fmul float %28, %530
	%532 = fadd float %528, %531
	%533 = getelementptr float, float* %516, i32 4
	%534 = load float, float* %533
	%535 = fmul float %30, %534
	%536 = fadd float %532, %535
	%537 = getelementptr float, float* %516, i32 5
	%538 = load float, float* %537
	%539 = fmul float %32, %538
	%540 = fadd float %536, %539
	%541 = getelementptr float, float* %516, i32 6
	%542 = load float, float* %541
	%543 = fmul float %34, %542
	%544 = fadd float %540, %543
	%545 = getelementptr float, float* %516, i32 7
	%546 = load float, float* %545
	%547 = fmul float %36, %546
	%548 = fadd float %544, %547
	%549 = getelementptr float, float* %516, i32 8
	%550 = load float, float* %549
	%551 = fmul float %38, %550
	%552 = fadd float %548, %551
	%553 = getelementptr float, float* %516, i32 9
	%554 = load float, float* %553
	%555 = fmul float %40, %554
	%556 = fadd float %552, %555
	%557 = getelementptr float, float* %516, i32 10
	%558 = load float, float* %557
	%559 = fmul float %42, %558
	%560 = fadd float %556, %559
	%561 = getelementptr float, float* %516, i32 11
	%562 = load float, float* %561
	%563 = fmul float %44, %562
	%564 = fadd float %560, %563
	%565 = getelementptr float, float* %516, i32 12
	%566 = load float, float* %565
	%567 = fmul float %46, %566
	%568 = fadd float %564, %567
	%569 = getelementptr float, float* %516, i32 13
	%570 = load float, float* %569
	%571 = fmul float %48, %570
	%572 = fadd float %568, %571
	%573 = getelementptr float, float* %516, i32 14
	%574 = load float, float* %573
	%575 = fmul float %50, %574
	%576 = fadd float %572, %575
	%577 = getelementptr float, float* %516, i32 15
	%578 = load float, float* %577
	%579 = fmul float %52, %578
	%580 = fadd float %576, %579
	%581 = getelementptr float, float* %516, i32 16
	%582 = load float, float* %581
	%583 = fmul float %54, %582
	%584 = fadd float %580, %583
	%585 = getelementptr float, float* %516, i32 17
	%586 = load float, float* %585
	%587 = fmul float %56, %586
	%588 = fadd float %584, %587
	%589 = getelementptr float, float* %516, i32 18
	%590 = load float, float* %589
	%591 = fmul float %58, %590
	%592 = fadd float %588, %591
	%593 = getelementptr float, float* %516, i32 19
	%594 = load float, float* %593
	%595 = fmul float %60, %594
	%596 = fadd float %592, %595
	%597 = getelementptr float, float* %516, i32 20
	%598 = load float, float* %597
	%599 = fmul float %62, %598
	%600 = fadd float %596, %599
	%601 = getelementptr float, float* %516, i32 21
	%602 = load float, float* %601
	%603 = fmul float %64, %602
	%604 = fadd float %600, %603
	%605 = getelementptr float, float* %516, i32 22
	%606 = load float, float* %605
	%607 = fmul float %66, %606
	%608 = fadd float %604, %607
	%609 = getelementptr float, float* %516, i32 23
	%610 = load float, float* %609
	%611 = fmul float %68, %610
	%612 = fadd float %608, %611
	%613 = getelementptr float, float* %516, i32 24
	%614 = load float, float* %613
	%615 = fmul float %70, %614
	%616 = fadd float %612, %615
	%617 = getelementptr float, float* %516, i32 25
	%618 = load float, float* %617
	%619 = fmul float %72, %618
	%620 = fadd float %616, %619
	%621 = getelementptr float, float* %516, i32 26
	%622 = load float, float* %621
	%623 = fmul float %74, %622
	%624 = fadd float %620, %623
	%625 = getelementptr float, float* %516, i32 27
	%626 = load float, float* %625
	%627 = fmul float %76, %626
	%628 = fadd float %624, %627
	%629 = getelementptr float, float* %516, i32 28
	%630 = load float, float* %629
	%631 = fmul float %78, %630
	%632 = fadd float %628, %631
	%633 = getelementptr float, float* %516, i32 29
	%634 = load float, float* %633
	%635 = fmul float %80, %634
	%636 = fadd float %632, %635
	%637 = getelementptr float, float* %516, i32 30
	%638 = load float, float* %637
	%639 = fmul float %82, %638
	%640 = fadd float %636, %639
	%641 = getelementptr float, float* %516, i32 31
	%642 = load float, float* %641
	%643 = fmul float %84, %642
	%644 = fadd float %640, %643
	%645 = getelementptr float, float* %516, i32 32
	%646 = load float, float* %645
	%647 = fmul float %86, %646
	%648 = fadd float %644, %647
	%649 = getelementptr float, float* %516, i32 33
	%650 = load float, float* %649
	%651 = fmul float %88, %650
	%652 = fadd float %648, %651
	%653 = getelementptr float, float* %516, i32 34
	%654 = load float, float* %653
	%655 = fmul float %90, %654
	%656 = fadd float %652, %655
	%657 = getelementptr float, float* %516, i32 35
	%658 = load float, float* %657
	%659 = fmul float %92, %658
	%660 = fadd float %656, %659
	%661 = getelementptr float, float* %516, i32 36
	%662 = load float, float* %661
	%663 = fmul float %94, %662
	%664 = fadd float %660, %663
	%665 = getelementptr float, float* %516, i32 37
	%666 = load float, float* %665
	%667 = fmul float %96, %666
	%668 = fadd float %664, %667
	%669 = getelementptr float, float* %516, i32 38
	%670 = load float, float* %669
	%671 = fmul float %98, %670
	%672 = fadd float %668, %671
	%673 = getelementptr float, float* %516, i32 39
	%674 = load float, float* %673
	%675 = fmul float %100, %674
	%676 = fadd float %672, %675
	%677 = getelementptr float, float* %516, i32 40
	%678 = load float, float* %677
	%679 = fmul float %102, %678
	%680 = fadd float %676, %679
	%681 = getelementptr float, float* %516, i32 41
	%682 = load float, float* %681
	%683 = fmul float %104, %682
	%684 = fadd float %680, %683
	%685 = getelementptr float, float* %516, i32 42
	%686 = load float, float* %685
	%687 = fmul float %106, %686
	%688 = fadd float %684, %687
	%689 = getelementptr float, float* %516, i32 43
	%690 = load float, float* %689
	%691 = fmul float %108, %690
	%692 = fadd float %688, %691
	%693 = getelementptr float, float* %516, i32 44
	%694 = load float, float* %693
	%695 = fmul float %110, %694
	%696 = fadd float %692, %695
	%697 = getelementptr float, float* %516, i32 45
	%698 = load float, float* %697
	%699 = fmul float %112, %698
	%700 = fadd float %696, %699
	%701 = getelementptr float, float* %516, i32 46
	%702 = load float, float* %701
	%703 = fmul float %114, %702
	%704 = fadd float %700, %703
	%705 = getelementptr float, float* %516, i32 47
	%706 = load float, float* %705
	%707 = fmul float %116, %706
	%708 = fadd float %704, %707
	%709 = getelementptr float, float* %516, i32 48
	%710 = load float, float* %709
	%711 = fmul float %118, %710
	%712 = fadd float %708, %711
	%713 = getelementptr float, float* %516, i32 49
	%714 = load float, float* %713
	%715 = fmul float %120, %714
	%716 = fadd float %712, %715
	%717 = getelementptr float, float* %516, i32 50
	%718 = load float, float* %717
	%719 = fmul float %122, %718
	%720 = fadd float %716, %719
	%721 = getelementptr float, float* %516, i32 51
	%722 = load float, float* %721
	%723 = fmul float %124, %722
	%724 = fadd float %720, %723
	%725 = getelementptr float, float* %516, i32 52
	%726 = load float, float* %725
	%727 = fmul float %126, %726
	%728 = fadd float %724, %727
	%729 = getelementptr float, float* %516, i32 53
	%730 = load float, float* %729
	%731 = fmul float %128, %730
	%732 = fadd float %728, %731
	%733 = getelementptr float, float* %516, i32 54
	%734 = load float, float* %733
	%735 = fmul float %130, %734
	%736 = fadd float %732, %735
	%737 = getelementptr float, float* %516, i32 55
	%738 = load float, float* %737
	%739 = fmul float %132, %738
	%740 = fadd float %736, %739
	%741 = getelementptr float, float* %516, i32 56
	%742 = load float, float* %741
	%743 = fmul float %134, %742
	%744 = fadd float %740, %743
	%745 = getelementptr float, float* %516, i32 57
	%746 = load float, float* %745
	%747 = fmul float %136, %746
	%748 = fadd float %744, %747
	%749 = getelementptr float, float* %516, i32 58
	%750 = load float, float* %749
	%751 = fmul float %138, %750
	%752 = fadd float %748, %751
	%753 = getelementptr float, float* %516, i32 59
	%754 = load float, float* %753
	%755 = fmul float %140, %754
	%756 = fadd float %752, %755
	%757 = getelementptr float, float* %516, i32 60
	%758 = load float, float* %757
	%759 = fmul float %142, %758
	%760 = fadd float %756, %759
	%761 = getelementptr float, float* %516, i32 61
	%762 = load float, float* %761
	%763 = fmul float %144, %762
	%764 = fadd float %760, %763
	%765 = getelementptr float, float* %516, i32 62
	%766 = load float, float* %765
	%767 = fmul float %146, %766
	%768 = fadd float %764, %767
	%769 = getelementptr float, float* %516, i32 63
	%770 = load float, float* %769
	%771 = fmul float %148, %770
	%772 = fadd float %768, %771
	%773 = fmul float %772, 0.125
	%774 = load float, float* %150
	%775 = fcmp ogt float %773, %774
	%776 = select i1 %775, float %773, float %774
	%777 = fsub float %774, %776
	%778 = fmul float %777, 0x3FF7154760000000
	%779 = call float @llvm.nvvm.ex2.approx.f(float %778)
	%780 = fsub float %773, %776
	%781 = fmul float %780, 0x3FF7154760000000
	%782 = call float @llvm.nvvm.ex2.approx.f(float %781)
	store float %776, float* %150
	%783 = load float, float* %151
	%784 = fmul float %783, %779
	%785 = fadd float %784, %782
	store float %785, float* %151
	%786 = mul i32 %236, 64
	%787 = getelementptr float, float* %20, i32 %786
	%788 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	%789 = getelementptr float, float* %787, i32 0
	%790 = load float, float* %789
	%791 = load float, float* %788
	%792 = fmul float %791, %779
	%793 = fmul float %782, %790
	%794 = fadd float %792, %793
	store float %794, float* %788
	%795 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	%796 = getelementptr float, float* %787, i32 1
	%797 = load float, float* %796
	%798 = load float, float* %795
	%799 = fmul float %798, %779
	%800 = fmul float %782, %797
	%801 = fadd float %799, %800
	store float %801, float* %795
	%802 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	%803 = getelementptr float, float* %787, i32 2
	%804 = load float, float* %803
	%805 = load float, float* %802
	%806 = fmul float %805, %779
	%807 = fmul float %782, %804
	%808 = fadd float %806, %807
	store float %808, float* %802
	%809 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	%810 = getelementptr float, float* %787, i32 3
	%811 = load float, float* %810
	%812 = load float, float* %809
	%813 = fmul float %812, %779
	%814 = fmul float %782, %811
	%815 = fadd float %813, %814
	store float %815, float* %809
	%816 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	%817 = getelementptr float, float* %787, i32 4
	%818 = load float, float* %817
	%819 = load float, float* %816
	%820 = fmul float %819, %779
	%821 = fmul float %782, %818
	%822 = fadd float %820, %821
	store float %822, float* %816
	%823 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	%824 = getelementptr float, float* %787, i32 5
	%825 = load float, float* %824
	%826 = load float, float* %823
	%827 = fmul float %826, %779
	%828 = fmul float %782, %825
	%829 = fadd float %827, %828
	store float %829, float* %823
	%830 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	%831 = getelementptr float, float* %787, i32 6
	%832 = load float, float* %831
	%833 = load float, float* %830
	%834 = fmul float %833, %779
	%835 = fmul float %782, %832
	%836 = fadd float %834, %835
	store float %836, float* %830
	%837 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	%838 = getelementptr float, float* %787, i32 7
	%839 = load float, float* %838
	%840 = load float, float* %837
	%841 = fmul float %840, %779
	%842 = fmul float %782, %839
	%843 = fadd float %841, %842
	store float %843, float* %837
	%844 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	%845 = getelementptr float, float* %787, i32 8
	%846 = load float, float* %845
	%847 = load float, float* %844
	%848 = fmul float %847, %779
	%849 = fmul float %782, %846
	%850 = fadd float %848, %849
	store float %850, float* %844
	%851 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	%852 = getelementptr float, float* %787, i32 9
	%853 = load float, float* %852
	%854 = load float, float* %851
	%855 = fmul float %854, %779
	%856 = fmul float %782, %853
	%857 = fadd float %855, %856
	store float %857, float* %851
	%858 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	%859 = getelementptr float, float* %787, i32 10
	%860 = load float, float* %859
	%861 = load float, float* %858
	%862 = fmul float %861, %779
	%863 = fmul float %782, %860
	%864 = fadd float %862, %863
	store float %864, float* %858
	%865 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	%866 = getelementptr float, float* %787, i32 11
	%867 = load float, float* %866
	%868 = load float, float* %865
	%869 = fmul float %868, %779
	%870 = fmul float %782, %867
	%871 = fadd float %869, %870
	store float %871, float* %865
	%872 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	%873 = getelementptr float, float* %787, i32 12
	%874 = load float, float* %873
	%875 = load float, float* %872
	%876 = fmul float %875, %779
	%877 = fmul float %782, %874
	%878 = fadd float %876, %877
	store float %878, float* %872
	%879 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	%880 = getelementptr float, float* %787, i32 13
	%881 = load float, float* %880
	%882 = load float, float* %879
	%883 = fmul float %882, %779
	%884 = fmul float %782, %881
	%885 = fadd float %883, %884
	store float %885, float* %879
	%886 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	%887 = getelementptr float, float* %787, i32 14
	%888 = load float, float* %887
	%889 = load float, float* %886
	%890 = fmul float %889, %779
	%891 = fmul float %782, %888
	%892 = fadd float %890, %891
	store float %892, float* %886
	%893 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	%894 = getelementptr float, float* %787, i32 15
	%895 = load float, float* %894
	%896 = load float, float* %893
	%897 = fmul float %896, %779
	%898 = fmul float %782, %895
	%899 = fadd float %897, %898
	store float %899, float* %893
	%900 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	%901 = getelementptr float, float* %787, i32 16
	%902 = load float, float* %901
	%903 = load float, float* %900
	%904 = fmul float %903, %779
	%905 = fmul float %782, %902
	%906 = fadd float %904, %905
	store float %906, float* %900
	%907 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	%908 = getelementptr float, float* %787, i32 17
	%909 = load float, float* %908
	%910 = load float, float* %907
	%911 = fmul float %910, %779
	%912 = fmul float %782, %909
	%913 = fadd float %911, %912
	store float %913, float* %907
	%914 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	%915 = getelementptr float, float* %787, i32 18
	%916 = load float, float* %915
	%917 = load float, float* %914
	%918 = fmul float %917, %779
	%919 = fmul float %782, %916
	%920 = fadd float %918, %919
	store float %920, float* %914
	%921 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	%922 = getelementptr float, float* %787, i32 19
	%923 = load float, float* %922
	%924 = load float, float* %921
	%925 = fmul float %924, %779
	%926 = fmul float %782, %923
	%927 = fadd float %925, %926
	store float %927, float* %921
	%928 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	%929 = getelementptr float, float* %787, i32 20
	%930 = load float, float* %929
	%931 = load float, float* %928
	%932 = fmul float %931, %779
	%933 = fmul float %782, %930
	%934 = fadd float %932, %933
	store float %934, float* %928
	%935 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	%936 = getelementptr float, float* %787, i32 21
	%937 = load float, float* %936
	%938 = load float, float* %935
	%939 = fmul float %938, %779
	%940 = fmul float %782, %937
	%941 = fadd float %939, %940
	store float %941, float* %935
	%942 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	%943 = getelementptr float, float* %787, i32 22
	%944 = load float, float* %943
	%945 = load float, float* %942
	%946 = fmul float %945, %779
	%947 = fmul float %782, %944
	%948 = fadd float %946, %947
	store float %948, float* %942
	%949 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	%950 = getelementptr float, float* %787, i32 23
	%951 = load float, float* %950
	%952 = load float, float* %949
	%953 = fmul float %952, %779
	%954 = fmul float %782, %951
	%955 = fadd float %953, %954
	store float %955, float* %949
	%956 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	%957 = getelementptr float, float* %787, i32 24
	%958 = load float, float* %957
	%959 = load float, float* %956
	%960 = fmul float %959, %779
	%961 = fmul float %782, %958
	%962 = fadd float %960, %961
	store float %962, float* %956
	%963 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	%964 = getelementptr float, float* %787, i32 25
	%965 = load float, float* %964
	%966 = load float, float* %963
	%967 = fmul float %966, %779
	%968 = fmul float %782, %965
	%969 = fadd float %967, %968
	store float %969, float* %963
	%970 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	%971 = getelementptr float, float* %787, i32 26
	%972 = load float, float* %971
	%973 = load float, float* %970
	%974 = fmul float %973, %779
	%975 = fmul float %782, %972
	%976 = fadd float %974, %975
	store float %976, float* %970
	%977 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	%978 = getelementptr float, float* %787, i32 27
	%979 = load float, float* %978
	%980 = load float, float* %977
	%981 = fmul float %980, %779
	%982 = fmul float %782, %979
	%983 = fadd float %981, %982
	store float %983, float* %977
	%984 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	%985 = getelementptr float, float* %787, i32 28
	%986 = load float, float* %985
	%987 = load float, float* %984
	%988 = fmul float %987, %779
	%989 = fmul float %782, %986
	%990 = fadd float %988, %989
	store float %990, float* %984
	%991 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	%992 = getelementptr float, float* %787, i32 29
	%993 = load float, float* %992
	%994 = load float, float* %991
	%995 = fmul float %994, %779
	%996 = fmul float %782, %993
	%997 = fadd float %995, %996
	store float %997, float* %991
	%998 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	%999 = getelementptr float, float* %787, i32 30
	%1000 = load float, float* %999
	%1001 = load float, float* %998
	%1002 = fmul float %1001, %779
	%1003 = fmul float %782, %1000
	%1004 = fadd float %1002, %1003
	store float %1004, float* %998
	%1005 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	%1006 = getelementptr float, float* %787, i32 31
	%1007 = load float, float* %1006
	%1008 = load float, float* %1005
	%1009 = fmul float %1008, %779
	%1010 = fmul float %782, %1007
	%1011 = fadd float %1009, %1010
	store float %1011, float* %1005
	%1012 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	%1013 = getelementptr float, float* %787, i32 32
	%1014 = load float, float* %1013
	%1015 = load float, float* %1012
	%1016 = fmul float %1015, %779
	%1017 = fmul float %782, %1014
	%1018 = fadd float %1016, %1017
	store float %1018, float* %1012
	%1019 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	%1020 = getelementptr float, float* %787, i32 33
	%1021 = load float, float* %1020
	%1022 = load float, float* %1019
	%1023 = fmul float %1022, %779
	%1024 = fmul float %782, %1021
	%1025 = fadd float %1023, %1024
	store float %1025, float* %1019
	%1026 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	%1027 = getelementptr float, float* %787, i32 34
	%1028 = load float, float* %1027
	%1029 = load float, float* %1026
	%1030 = fmul float %1029, %779
	%1031 = fmul float %782, %1028
	%1032 = fadd float %1030, %1031
	store float %1032, float* %1026
	%1033 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	%1034 = getelementptr float, float* %787, i32 35
	%1035 = load float, float* %1034
	%1036 = load float, float* %1033
	%1037 = fmul float %1036, %779
	%1038 = fmul float %782, %1035
	%1039 = fadd float %1037, %1038
	store float %1039, float* %1033
	%1040 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	%1041 = getelementptr float, float* %787, i32 36
	%1042 = load float, float* %1041
	%1043 = load float, float* %1040
	%1044 = fmul float %1043, %779
	%1045 = fmul float %782, %1042
	%1046 = fadd float %1044, %1045
	store float %1046, float* %1040
	%1047 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	%1048 = getelementptr float, float* %787, i32 37
	%1049 = load float, float* %1048
	%1050 = load float, float* %1047
	%1051 = fmul float %1050, %779
	%1052 = fmul float %782, %1049
	%1053 = fadd float %1051, %1052
	store float %1053, float* %1047
	%1054 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	%1055 = getelementptr float, float* %787, i32 38
	%1056 = load float, float* %1055
	%1057 = load float, float* %1054
	%1058 = fmul float %1057, %779
	%1059 = fmul float %782, %1056
	%1060 = fadd float %1058, %1059
	store float %1060, float* %1054
	%1061 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	%1062 = getelementptr float, float* %787, i32 39
	%1063 = load float, float* %1062
	%1064 = load float, float* %1061
	%1065 = fmul float %1064, %779
	%1066 = fmul float %782, %1063
	%1067 = fadd float %1065, %1066
	store float %1067, float* %1061
	%1068 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	%1069 = getelementptr float, float* %787, i32 40
	%1070 = load float, float* %1069
	%1071 = load float, float* %1068
	%1072 = fmul float %1071, %779
	%1073 = fmul float %782, %1070
	%1074 = fadd float %1072, %1073
	store float %1074, float* %1068
	%1075 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	%1076 = getelementptr float, float* %787, i32 41
	%1077 = load float, float* %1076
	%1078 = load float, float* %1075
	%1079 = fmul float %1078, %779
	%1080 = fmul float %782, %1077
	%1081 = fadd float %1079, %1080
	store float %1081, float* %1075
	%1082 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	%1083 = getelementptr float, float* %787, i32 42
	%1084 = load float, float* %1083
	%1085 = load float, float* %1082
	%1086 = fmul float %1085, %779
	%1087 = fmul float %782, %1084
	%1088 = fadd float %1086, %1087
	store float %1088, float* %1082
	%1089 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	%1090 = getelementptr float, float* %787, i32 43
	%1091 = load float, float* %1090
	%1092 = load float, float* %1089
	%1093 = fmul float %1092, %779
	%1094 = fmul float %782, %1091
	%1095 = fadd float %1093, %1094
	store float %1095, float* %1089
	%1096 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	%1097 = getelementptr float, float* %787, i32 44
	%1098 = load float, float* %1097
	%1099 = load float, float* %1096
	%1100 = fmul float %1099, %779
	%1101 = fmul float %782, %1098
	%1102 = fadd float %1100, %1101
	store float %1102, float* %1096
	%1103 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	%1104 = getelementptr float, float* %787, i32 45
	%1105 = load float, float* %1104
	%1106 = load float, float* %1103
	%1107 = fmul float %1106, %779
	%1108 = fmul float %782, %1105
	%1109 = fadd float %1107, %1108
	store float %1109, float* %1103
	%1110 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	%1111 = getelementptr float, float* %787, i32 46
	%1112 = load float, float* %1111
	%1113 = load float, float* %1110
	%1114 = fmul float %1113, %779
	%1115 = fmul float %782, %1112
	%1116 = fadd float %1114, %1115
	store float %1116, float* %1110
	%1117 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	%1118 = getelementptr float, float* %787, i32 47
	%1119 = load float, float* %1118
	%1120 = load float, float* %1117
	%1121 = fmul float %1120, %779
	%1122 = fmul float %782, %1119
	%1123 = fadd float %1121, %1122
	store float %1123, float* %1117
	%1124 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	%1125 = getelementptr float, float* %787, i32 48
	%1126 = load float, float* %1125
	%1127 = load float, float* %1124
	%1128 = fmul float %1127, %779
	%1129 = fmul float %782, %1126
	%1130 = fadd float %1128, %1129
	store float %1130, float* %1124
	%1131 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	%1132 = getelementptr float, float* %787, i32 49
	%1133 = load float, float* %1132
	%1134 = load float, float* %1131
	%1135 = fmul float %1134, %779
	%1136 = fmul float %782, %1133
	%1137 = fadd float %1135, %1136
	store float %1137, float* %1131
	%1138 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	%1139 = getelementptr float, float* %787, i32 50
	%1140 = load float, float* %1139
	%1141 = load float, float* %1138
	%1142 = fmul float %1141, %779
	%1143 = fmul float %782, %1140
	%1144 = fadd float %1142, %1143
	store float %1144, float* %1138
	%1145 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	%1146 = getelementptr float, float* %787, i32 51
	%1147 = load float, float* %1146
	%1148 = load float, float* %1145
	%1149 = fmul float %1148, %779
	%1150 = fmul float %782, %1147
	%1151 = fadd float %1149, %1150
	store float %1151, float* %1145
	%1152 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	%1153 = getelementptr float, float* %787, i32 52
	%1154 = load float, float* %1153
	%1155 = load float, float* %1152
	%1156 = fmul float %1155, %779
	%1157 = fmul float %782, %1154
	%1158 = fadd float %1156, %1157
	store float %1158, float* %1152
	%1159 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	%1160 = getelementptr float, float* %787, i32 53
	%1161 = load float, float* %1160
	%1162 = load float, float* %1159
	%1163 = fmul float %1162, %779
	%1164 = fmul float %782, %1161
	%1165 = fadd float %1163, %1164
	store float %1165, float* %1159
	%1166 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	%1167 = getelementptr float, float* %787, i32 54
	%1168 = load float, float* %1167
	%1169 = load float, float* %1166
	%1170 = fmul float %1169, %779
	%1171 = fmul float %782, %1168
	%1172 = fadd float %1170, %1171
	store float %1172, float* %1166
	%1173 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	%1174 = getelementptr float, float* %787, i32 55
	%1175 = load float, float* %1174
	%1176 = load float, float* %1173
	%1177 = fmul float %1176, %779
	%1178 = fmul float %782, %1175
	%1179 = fadd float %1177, %1178
	store float %1179, float* %1173
	%1180 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	%1181 = getelementptr float, float* %787, i32 56
	%1182 = load float, float* %1181
	%1183 = load float, float* %1180
	%1184 = fmul float %1183, %779
	%1185 = fmul float %782, %1182
	%1186 = fadd float %1184, %1185
	store float %1186, float* %1180
	%1187 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	%1188 = getelementptr float, float* %787, i32 57
	%1189 = load float, float* %1188
	%1190 = load float, float* %1187
	%1191 = fmul float %1190, %779
	%1192 = fmul float %782, %1189
	%1193 = fadd float %1191, %1192
	store float %1193, float* %1187
	%1194 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	%1195 = getelementptr float, float* %787, i32 58
	%1196 = load float, float* %1195
	%1197 = load float, float* %1194
	%1198 = fmul float %1197, %779
	%1199 = fmul float %782, %1196
	%1200 = fadd float %1198, %1199
	store float %1200, float* %1194
	%1201 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	%1202 = getelementptr float, float* %787, i32 59
	%1203 = load float, float* %1202
	%1204 = load float, float* %1201
	%1205 = fmul float %1204, %779
	%1206 = fmul float %782, %1203
	%1207 = fadd float %1205, %1206
	store float %1207, float* %1201
	%1208 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	%1209 = getelementptr float, float* %787, i32 60
	%1210 = load float, float* %1209
	%1211 = load float, float* %1208
	%1212 = fmul float %1211, %779
	%1213 = fmul float %782, %1210
	%1214 = fadd float %1212, %1213
	store float %1214, float* %1208
	%1215 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	%1216 = getelementptr float, float* %787, i32 61
	%1217 = load float, float* %1216
	%1218 = load float, float* %1215
	%1219 = fmul float %1218, %779
	%1220 = fmul float %782, %1217
	%1221 = fadd float %1219, %1220
	store float %1221, float* %1215
	%1222 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	%1223 = getelementptr float, float* %787, i32 62
	%1224 = load float, float* %1223
	%1225 = load float, float* %1222
	%1226 = fmul float %1225, %779
	%1227 = fmul float %782, %1224
	%1228 = fadd float %1226, %1227
	store float %1228, float* %1222
	%1229 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	%1230 = getelementptr float, float* %787, i32 63
	%1231 = load float, float* %1230
	%1232 = load float, float* %1229
	%1233 = fmul float %1232, %779
	%1234 = fmul float %782, %1231
	%1235 = fadd float %1233, %1234
	store float %1235, float* %1229
	br label %next
}

declare float @llvm.nvvm.ex2.approx.f(float %p0)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (float*, float*, i32*, i32, i32, i32)* @scalargather_permute0, !"maxntidx", i32 256}
!1 = !{void (i32*, i8*, i32, i32, i32, i32, i32, i32)* @scalargather_permclass0, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @scalargather_select2, !"maxntidx", i32 256}
!3 = !{void (float*, float*, i32, i32)* @scalargather_pool_q1, !"maxntidx", i32 64}
!4 = !{void (float*, float*, i32, i32, i32*, i32)* @scalargather_pool_k1, !"maxntidx", i32 64}
!5 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @scalargather_scores1, !"maxntidx", i32 256}
