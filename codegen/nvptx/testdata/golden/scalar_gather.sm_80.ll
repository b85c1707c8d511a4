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
	%793 = phi i32 [ %792, %770 ], [ %1758, %1746 ]
	%794 = phi i1 [ true, %770 ], [ false, %1746 ]
	%795 = and i1 %794, %788
	br i1 %795, label %mass_bins, label %mass_topk

mass_done:
	%796 = icmp sgt i32 %1748, 0
	%797 = select i1 %796, i32 %1748, i32 0
	%798 = add i32 %253, %797
	%799 = add i32 %798, %0
	br label %2231

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
	br label %1660

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
	%943 = phi i32 [ %0, %topk ], [ %993, %992 ]
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
	br i1 %960, label %988, label %992

961:
	call void @llvm.nvvm.barrier0()
	%962 = sub i32 255, %0
	%963 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %962
	%964 = load i32, i32 addrspace(3)* %963
	%965 = and i32 %0, 31
	%966 = lshr i32 %0, 5
	%967 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %964, i32 1, i32 0)
	%968 = icmp uge i32 %965, 1
	%969 = select i1 %968, i32 %967, i32 0
	%970 = add i32 %964, %969
	%971 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %970, i32 2, i32 0)
	%972 = icmp uge i32 %965, 2
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %970, %973
	%975 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %974, i32 4, i32 0)
	%976 = icmp uge i32 %965, 4
	%977 = select i1 %976, i32 %975, i32 0
	%978 = add i32 %974, %977
	%979 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %978, i32 8, i32 0)
	%980 = icmp uge i32 %965, 8
	%981 = select i1 %980, i32 %979, i32 0
	%982 = add i32 %978, %981
	%983 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %982, i32 16, i32 0)
	%984 = icmp uge i32 %965, 16
	%985 = select i1 %984, i32 %983, i32 0
	%986 = add i32 %982, %985
	%987 = icmp eq i32 %965, 31
	br i1 %987, label %994, label %996

988:
	%989 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %953
	%990 = call i32 @llvm.ctpop.i32(i32 %955)
	%991 = atomicrmw add i32 addrspace(3)* %989, i32 %990 monotonic
	br label %992

992:
	%993 = add i32 %943, 256
	br label %942

994:
	%995 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %966
	store i32 %986, i32 addrspace(3)* %995
	br label %996

996:
	call void @llvm.nvvm.barrier0()
	%997 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%998 = load i32, i32 addrspace(3)* %997
	%999 = icmp sgt i32 %966, 0
	%1000 = select i1 %999, i32 %998, i32 0
	%1001 = add i32 0, %1000
	%1002 = add i32 0, %998
	%1003 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1004 = load i32, i32 addrspace(3)* %1003
	%1005 = icmp sgt i32 %966, 1
	%1006 = select i1 %1005, i32 %1004, i32 0
	%1007 = add i32 %1001, %1006
	%1008 = add i32 %1002, %1004
	%1009 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1010 = load i32, i32 addrspace(3)* %1009
	%1011 = icmp sgt i32 %966, 2
	%1012 = select i1 %1011, i32 %1010, i32 0
	%1013 = add i32 %1007, %1012
	%1014 = add i32 %1008, %1010
	%1015 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1016 = load i32, i32 addrspace(3)* %1015
	%1017 = icmp sgt i32 %966, 3
	%1018 = select i1 %1017, i32 %1016, i32 0
	%1019 = add i32 %1013, %1018
	%1020 = add i32 %1014, %1016
	%1021 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1022 = load i32, i32 addrspace(3)* %1021
	%1023 = icmp sgt i32 %966, 4
	%1024 = select i1 %1023, i32 %1022, i32 0
	%1025 = add i32 %1019, %1024
	%1026 = add i32 %1020, %1022
	%1027 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1028 = load i32, i32 addrspace(3)* %1027
	%1029 = icmp sgt i32 %966, 5
	%1030 = select i1 %1029, i32 %1028, i32 0
	%1031 = add i32 %1025, %1030
	%1032 = add i32 %1026, %1028
	%1033 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = icmp sgt i32 %966, 6
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = add i32 %1031, %1036
	%1038 = add i32 %1032, %1034
	%1039 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1040 = load i32, i32 addrspace(3)* %1039
	%1041 = icmp sgt i32 %966, 7
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = add i32 %1037, %1042
	%1044 = add i32 %1038, %1040
	%1045 = add i32 %1043, %986
	%1046 = sub i32 %1045, %964
	%1047 = icmp slt i32 %1046, %793
	%1048 = add i32 %1046, %964
	%1049 = icmp sle i32 %793, %1048
	%1050 = and i1 %1047, %1049
	br i1 %1050, label %1051, label %1054

1051:
	%1052 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %962, i32 addrspace(3)* %1052
	%1053 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1046, i32 addrspace(3)* %1053
	br label %1054

1054:
	call void @llvm.nvvm.barrier0()
	%1055 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1056 = load i32, i32 addrspace(3)* %1055
	%1057 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = sub i32 %793, %1058
	%1060 = shl i32 %1056, 24
	%1061 = or i32 0, %1060
	%1062 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%1063 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1063
	call void @llvm.nvvm.barrier0()
	br label %1064

1064:
	%1065 = phi i32 [ %0, %1054 ], [ %1115, %1114 ]
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
	br i1 %1082, label %1110, label %1114

1083:
	call void @llvm.nvvm.barrier0()
	%1084 = sub i32 255, %0
	%1085 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1084
	%1086 = load i32, i32 addrspace(3)* %1085
	%1087 = and i32 %0, 31
	%1088 = lshr i32 %0, 5
	%1089 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1086, i32 1, i32 0)
	%1090 = icmp uge i32 %1087, 1
	%1091 = select i1 %1090, i32 %1089, i32 0
	%1092 = add i32 %1086, %1091
	%1093 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1092, i32 2, i32 0)
	%1094 = icmp uge i32 %1087, 2
	%1095 = select i1 %1094, i32 %1093, i32 0
	%1096 = add i32 %1092, %1095
	%1097 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1096, i32 4, i32 0)
	%1098 = icmp uge i32 %1087, 4
	%1099 = select i1 %1098, i32 %1097, i32 0
	%1100 = add i32 %1096, %1099
	%1101 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1100, i32 8, i32 0)
	%1102 = icmp uge i32 %1087, 8
	%1103 = select i1 %1102, i32 %1101, i32 0
	%1104 = add i32 %1100, %1103
	%1105 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1104, i32 16, i32 0)
	%1106 = icmp uge i32 %1087, 16
	%1107 = select i1 %1106, i32 %1105, i32 0
	%1108 = add i32 %1104, %1107
	%1109 = icmp eq i32 %1087, 31
	br i1 %1109, label %1116, label %1118

1110:
	%1111 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1075
	%1112 = call i32 @llvm.ctpop.i32(i32 %1077)
	%1113 = atomicrmw add i32 addrspace(3)* %1111, i32 %1112 monotonic
	br label %1114

1114:
	%1115 = add i32 %1065, 256
	br label %1064

1116:
	%1117 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1088
	store i32 %1108, i32 addrspace(3)* %1117
	br label %1118

1118:
	call void @llvm.nvvm.barrier0()
	%1119 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1120 = load i32, i32 addrspace(3)* %1119
	%1121 = icmp sgt i32 %1088, 0
	%1122 = select i1 %1121, i32 %1120, i32 0
	%1123 = add i32 0, %1122
	%1124 = add i32 0, %1120
	%1125 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1126 = load i32, i32 addrspace(3)* %1125
	%1127 = icmp sgt i32 %1088, 1
	%1128 = select i1 %1127, i32 %1126, i32 0
	%1129 = add i32 %1123, %1128
	%1130 = add i32 %1124, %1126
	%1131 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1132 = load i32, i32 addrspace(3)* %1131
	%1133 = icmp sgt i32 %1088, 2
	%1134 = select i1 %1133, i32 %1132, i32 0
	%1135 = add i32 %1129, %1134
	%1136 = add i32 %1130, %1132
	%1137 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1138 = load i32, i32 addrspace(3)* %1137
	%1139 = icmp sgt i32 %1088, 3
	%1140 = select i1 %1139, i32 %1138, i32 0
	%1141 = add i32 %1135, %1140
	%1142 = add i32 %1136, %1138
	%1143 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1144 = load i32, i32 addrspace(3)* %1143
	%1145 = icmp sgt i32 %1088, 4
	%1146 = select i1 %1145, i32 %1144, i32 0
	%1147 = add i32 %1141, %1146
	%1148 = add i32 %1142, %1144
	%1149 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1150 = load i32, i32 addrspace(3)* %1149
	%1151 = icmp sgt i32 %1088, 5
	%1152 = select i1 %1151, i32 %1150, i32 0
	%1153 = add i32 %1147, %1152
	%1154 = add i32 %1148, %1150
	%1155 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1156 = load i32, i32 addrspace(3)* %1155
	%1157 = icmp sgt i32 %1088, 6
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = add i32 %1153, %1158
	%1160 = add i32 %1154, %1156
	%1161 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1162 = load i32, i32 addrspace(3)* %1161
	%1163 = icmp sgt i32 %1088, 7
	%1164 = select i1 %1163, i32 %1162, i32 0
	%1165 = add i32 %1159, %1164
	%1166 = add i32 %1160, %1162
	%1167 = add i32 %1165, %1108
	%1168 = sub i32 %1167, %1086
	%1169 = icmp slt i32 %1168, %1059
	%1170 = add i32 %1168, %1086
	%1171 = icmp sle i32 %1059, %1170
	%1172 = and i1 %1169, %1171
	br i1 %1172, label %1173, label %1176

1173:
	%1174 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1084, i32 addrspace(3)* %1174
	%1175 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1168, i32 addrspace(3)* %1175
	br label %1176

1176:
	call void @llvm.nvvm.barrier0()
	%1177 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1178 = load i32, i32 addrspace(3)* %1177
	%1179 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1180 = load i32, i32 addrspace(3)* %1179
	%1181 = sub i32 %1059, %1180
	%1182 = shl i32 %1178, 16
	%1183 = or i32 %1061, %1182
	%1184 = or i32 %1062, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%1185 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1185
	call void @llvm.nvvm.barrier0()
	br label %1186

1186:
	%1187 = phi i32 [ %0, %1176 ], [ %1237, %1236 ]
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
	br i1 %1204, label %1232, label %1236

1205:
	call void @llvm.nvvm.barrier0()
	%1206 = sub i32 255, %0
	%1207 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1206
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = and i32 %0, 31
	%1210 = lshr i32 %0, 5
	%1211 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1208, i32 1, i32 0)
	%1212 = icmp uge i32 %1209, 1
	%1213 = select i1 %1212, i32 %1211, i32 0
	%1214 = add i32 %1208, %1213
	%1215 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1214, i32 2, i32 0)
	%1216 = icmp uge i32 %1209, 2
	%1217 = select i1 %1216, i32 %1215, i32 0
	%1218 = add i32 %1214, %1217
	%1219 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1218, i32 4, i32 0)
	%1220 = icmp uge i32 %1209, 4
	%1221 = select i1 %1220, i32 %1219, i32 0
	%1222 = add i32 %1218, %1221
	%1223 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1222, i32 8, i32 0)
	%1224 = icmp uge i32 %1209, 8
	%1225 = select i1 %1224, i32 %1223, i32 0
	%1226 = add i32 %1222, %1225
	%1227 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1226, i32 16, i32 0)
	%1228 = icmp uge i32 %1209, 16
	%1229 = select i1 %1228, i32 %1227, i32 0
	%1230 = add i32 %1226, %1229
	%1231 = icmp eq i32 %1209, 31
	br i1 %1231, label %1238, label %1240

1232:
	%1233 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1197
	%1234 = call i32 @llvm.ctpop.i32(i32 %1199)
	%1235 = atomicrmw add i32 addrspace(3)* %1233, i32 %1234 monotonic
	br label %1236

1236:
	%1237 = add i32 %1187, 256
	br label %1186

1238:
	%1239 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1210
	store i32 %1230, i32 addrspace(3)* %1239
	br label %1240

1240:
	call void @llvm.nvvm.barrier0()
	%1241 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1242 = load i32, i32 addrspace(3)* %1241
	%1243 = icmp sgt i32 %1210, 0
	%1244 = select i1 %1243, i32 %1242, i32 0
	%1245 = add i32 0, %1244
	%1246 = add i32 0, %1242
	%1247 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1248 = load i32, i32 addrspace(3)* %1247
	%1249 = icmp sgt i32 %1210, 1
	%1250 = select i1 %1249, i32 %1248, i32 0
	%1251 = add i32 %1245, %1250
	%1252 = add i32 %1246, %1248
	%1253 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1254 = load i32, i32 addrspace(3)* %1253
	%1255 = icmp sgt i32 %1210, 2
	%1256 = select i1 %1255, i32 %1254, i32 0
	%1257 = add i32 %1251, %1256
	%1258 = add i32 %1252, %1254
	%1259 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1260 = load i32, i32 addrspace(3)* %1259
	%1261 = icmp sgt i32 %1210, 3
	%1262 = select i1 %1261, i32 %1260, i32 0
	%1263 = add i32 %1257, %1262
	%1264 = add i32 %1258, %1260
	%1265 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1266 = load i32, i32 addrspace(3)* %1265
	%1267 = icmp sgt i32 %1210, 4
	%1268 = select i1 %1267, i32 %1266, i32 0
	%1269 = add i32 %1263, %1268
	%1270 = add i32 %1264, %1266
	%1271 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1272 = load i32, i32 addrspace(3)* %1271
	%1273 = icmp sgt i32 %1210, 5
	%1274 = select i1 %1273, i32 %1272, i32 0
	%1275 = add i32 %1269, %1274
	%1276 = add i32 %1270, %1272
	%1277 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1278 = load i32, i32 addrspace(3)* %1277
	%1279 = icmp sgt i32 %1210, 6
	%1280 = select i1 %1279, i32 %1278, i32 0
	%1281 = add i32 %1275, %1280
	%1282 = add i32 %1276, %1278
	%1283 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1284 = load i32, i32 addrspace(3)* %1283
	%1285 = icmp sgt i32 %1210, 7
	%1286 = select i1 %1285, i32 %1284, i32 0
	%1287 = add i32 %1281, %1286
	%1288 = add i32 %1282, %1284
	%1289 = add i32 %1287, %1230
	%1290 = sub i32 %1289, %1208
	%1291 = icmp slt i32 %1290, %1181
	%1292 = add i32 %1290, %1208
	%1293 = icmp sle i32 %1181, %1292
	%1294 = and i1 %1291, %1293
	br i1 %1294, label %1295, label %1298

1295:
	%1296 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1206, i32 addrspace(3)* %1296
	%1297 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1290, i32 addrspace(3)* %1297
	br label %1298

1298:
	call void @llvm.nvvm.barrier0()
	%1299 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1300 = load i32, i32 addrspace(3)* %1299
	%1301 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1302 = load i32, i32 addrspace(3)* %1301
	%1303 = sub i32 %1181, %1302
	%1304 = shl i32 %1300, 8
	%1305 = or i32 %1183, %1304
	%1306 = or i32 %1184, u0xFF00
	call void @llvm.nvvm.barrier0()
	%1307 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1307
	call void @llvm.nvvm.barrier0()
	br label %1308

1308:
	%1309 = phi i32 [ %0, %1298 ], [ %1359, %1358 ]
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
	br i1 %1326, label %1354, label %1358

1327:
	call void @llvm.nvvm.barrier0()
	%1328 = sub i32 255, %0
	%1329 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1328
	%1330 = load i32, i32 addrspace(3)* %1329
	%1331 = and i32 %0, 31
	%1332 = lshr i32 %0, 5
	%1333 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1330, i32 1, i32 0)
	%1334 = icmp uge i32 %1331, 1
	%1335 = select i1 %1334, i32 %1333, i32 0
	%1336 = add i32 %1330, %1335
	%1337 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1336, i32 2, i32 0)
	%1338 = icmp uge i32 %1331, 2
	%1339 = select i1 %1338, i32 %1337, i32 0
	%1340 = add i32 %1336, %1339
	%1341 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1340, i32 4, i32 0)
	%1342 = icmp uge i32 %1331, 4
	%1343 = select i1 %1342, i32 %1341, i32 0
	%1344 = add i32 %1340, %1343
	%1345 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1344, i32 8, i32 0)
	%1346 = icmp uge i32 %1331, 8
	%1347 = select i1 %1346, i32 %1345, i32 0
	%1348 = add i32 %1344, %1347
	%1349 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1348, i32 16, i32 0)
	%1350 = icmp uge i32 %1331, 16
	%1351 = select i1 %1350, i32 %1349, i32 0
	%1352 = add i32 %1348, %1351
	%1353 = icmp eq i32 %1331, 31
	br i1 %1353, label %1360, label %1362

1354:
	%1355 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1319
	%1356 = call i32 @llvm.ctpop.i32(i32 %1321)
	%1357 = atomicrmw add i32 addrspace(3)* %1355, i32 %1356 monotonic
	br label %1358

1358:
	%1359 = add i32 %1309, 256
	br label %1308

1360:
	%1361 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1332
	store i32 %1352, i32 addrspace(3)* %1361
	br label %1362

1362:
	call void @llvm.nvvm.barrier0()
	%1363 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1364 = load i32, i32 addrspace(3)* %1363
	%1365 = icmp sgt i32 %1332, 0
	%1366 = select i1 %1365, i32 %1364, i32 0
	%1367 = add i32 0, %1366
	%1368 = add i32 0, %1364
	%1369 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1370 = load i32, i32 addrspace(3)* %1369
	%1371 = icmp sgt i32 %1332, 1
	%1372 = select i1 %1371, i32 %1370, i32 0
	%1373 = add i32 %1367, %1372
	%1374 = add i32 %1368, %1370
	%1375 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1376 = load i32, i32 addrspace(3)* %1375
	%1377 = icmp sgt i32 %1332, 2
	%1378 = select i1 %1377, i32 %1376, i32 0
	%1379 = add i32 %1373, %1378
	%1380 = add i32 %1374, %1376
	%1381 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1382 = load i32, i32 addrspace(3)* %1381
	%1383 = icmp sgt i32 %1332, 3
	%1384 = select i1 %1383, i32 %1382, i32 0
	%1385 = add i32 %1379, %1384
	%1386 = add i32 %1380, %1382
	%1387 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1388 = load i32, i32 addrspace(3)* %1387
	%1389 = icmp sgt i32 %1332, 4
	%1390 = select i1 %1389, i32 %1388, i32 0
	%1391 = add i32 %1385, %1390
	%1392 = add i32 %1386, %1388
	%1393 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1394 = load i32, i32 addrspace(3)* %1393
	%1395 = icmp sgt i32 %1332, 5
	%1396 = select i1 %1395, i32 %1394, i32 0
	%1397 = add i32 %1391, %1396
	%1398 = add i32 %1392, %1394
	%1399 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1400 = load i32, i32 addrspace(3)* %1399
	%1401 = icmp sgt i32 %1332, 6
	%1402 = select i1 %1401, i32 %1400, i32 0
	%1403 = add i32 %1397, %1402
	%1404 = add i32 %1398, %1400
	%1405 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1406 = load i32, i32 addrspace(3)* %1405
	%1407 = icmp sgt i32 %1332, 7
	%1408 = select i1 %1407, i32 %1406, i32 0
	%1409 = add i32 %1403, %1408
	%1410 = add i32 %1404, %1406
	%1411 = add i32 %1409, %1352
	%1412 = sub i32 %1411, %1330
	%1413 = icmp slt i32 %1412, %1303
	%1414 = add i32 %1412, %1330
	%1415 = icmp sle i32 %1303, %1414
	%1416 = and i1 %1413, %1415
	br i1 %1416, label %1417, label %1420

1417:
	%1418 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1328, i32 addrspace(3)* %1418
	%1419 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1412, i32 addrspace(3)* %1419
	br label %1420

1420:
	call void @llvm.nvvm.barrier0()
	%1421 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1422 = load i32, i32 addrspace(3)* %1421
	%1423 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1424 = load i32, i32 addrspace(3)* %1423
	%1425 = sub i32 %1303, %1424
	%1426 = shl i32 %1422, 0
	%1427 = or i32 %1305, %1426
	%1428 = or i32 %1306, 255
	%1429 = shl i32 1, %3
	%1430 = sub i32 %1429, 1
	br label %1431

1431:
	%1432 = phi i32 [ 0, %1420 ], [ %1486, %1485 ]
	%1433 = icmp slt i32 %1432, %16
	br i1 %1433, label %1434, label %1443

1434:
	%1435 = add i32 %1432, %0
	%1436 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1435
	%1437 = load i32, i32 addrspace(3)* %1436
	%1438 = icmp ugt i32 %1437, %1427
	%1439 = icmp eq i32 %1437, %1427
	%1440 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1438)
	%1441 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1439)
	%1442 = icmp eq i32 %3, 0
	br i1 %1442, label %1477, label %1485

1443:
	call void @llvm.nvvm.barrier0()
	%1444 = sdiv i32 %16, 256
	%1445 = mul i32 %1444, 8
	%1446 = icmp slt i32 %0, %1445
	%1447 = select i1 %1446, i32 %0, i32 0
	%1448 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1447
	%1449 = load i32, i32 addrspace(3)* %1448
	%1450 = select i1 %1446, i32 %1449, i32 0
	%1451 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %1447
	%1452 = load i32, i32 addrspace(3)* %1451
	%1453 = select i1 %1446, i32 %1452, i32 0
	%1454 = and i32 %0, 31
	%1455 = lshr i32 %0, 5
	%1456 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1453, i32 1, i32 0)
	%1457 = icmp uge i32 %1454, 1
	%1458 = select i1 %1457, i32 %1456, i32 0
	%1459 = add i32 %1453, %1458
	%1460 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1459, i32 2, i32 0)
	%1461 = icmp uge i32 %1454, 2
	%1462 = select i1 %1461, i32 %1460, i32 0
	%1463 = add i32 %1459, %1462
	%1464 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1463, i32 4, i32 0)
	%1465 = icmp uge i32 %1454, 4
	%1466 = select i1 %1465, i32 %1464, i32 0
	%1467 = add i32 %1463, %1466
	%1468 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1467, i32 8, i32 0)
	%1469 = icmp uge i32 %1454, 8
	%1470 = select i1 %1469, i32 %1468, i32 0
	%1471 = add i32 %1467, %1470
	%1472 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1471, i32 16, i32 0)
	%1473 = icmp uge i32 %1454, 16
	%1474 = select i1 %1473, i32 %1472, i32 0
	%1475 = add i32 %1471, %1474
	%1476 = icmp eq i32 %1454, 31
	br i1 %1476, label %1487, label %1489

1477:
	%1478 = sdiv i32 %1432, 256
	%1479 = mul i32 %1478, 8
	%1480 = add i32 %1479, %4
	%1481 = call i32 @llvm.ctpop.i32(i32 %1440)
	%1482 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1480
	store i32 %1481, i32 addrspace(3)* %1482
	%1483 = call i32 @llvm.ctpop.i32(i32 %1441)
	%1484 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %1480
	store i32 %1483, i32 addrspace(3)* %1484
	br label %1485

1485:
	%1486 = add i32 %1432, 256
	br label %1431

1487:
	%1488 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1455
	store i32 %1475, i32 addrspace(3)* %1488
	br label %1489

1489:
	call void @llvm.nvvm.barrier0()
	%1490 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1491 = load i32, i32 addrspace(3)* %1490
	%1492 = icmp sgt i32 %1455, 0
	%1493 = select i1 %1492, i32 %1491, i32 0
	%1494 = add i32 0, %1493
	%1495 = add i32 0, %1491
	%1496 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1497 = load i32, i32 addrspace(3)* %1496
	%1498 = icmp sgt i32 %1455, 1
	%1499 = select i1 %1498, i32 %1497, i32 0
	%1500 = add i32 %1494, %1499
	%1501 = add i32 %1495, %1497
	%1502 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1503 = load i32, i32 addrspace(3)* %1502
	%1504 = icmp sgt i32 %1455, 2
	%1505 = select i1 %1504, i32 %1503, i32 0
	%1506 = add i32 %1500, %1505
	%1507 = add i32 %1501, %1503
	%1508 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1509 = load i32, i32 addrspace(3)* %1508
	%1510 = icmp sgt i32 %1455, 3
	%1511 = select i1 %1510, i32 %1509, i32 0
	%1512 = add i32 %1506, %1511
	%1513 = add i32 %1507, %1509
	%1514 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1515 = load i32, i32 addrspace(3)* %1514
	%1516 = icmp sgt i32 %1455, 4
	%1517 = select i1 %1516, i32 %1515, i32 0
	%1518 = add i32 %1512, %1517
	%1519 = add i32 %1513, %1515
	%1520 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1521 = load i32, i32 addrspace(3)* %1520
	%1522 = icmp sgt i32 %1455, 5
	%1523 = select i1 %1522, i32 %1521, i32 0
	%1524 = add i32 %1518, %1523
	%1525 = add i32 %1519, %1521
	%1526 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1527 = load i32, i32 addrspace(3)* %1526
	%1528 = icmp sgt i32 %1455, 6
	%1529 = select i1 %1528, i32 %1527, i32 0
	%1530 = add i32 %1524, %1529
	%1531 = add i32 %1525, %1527
	%1532 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1533 = load i32, i32 addrspace(3)* %1532
	%1534 = icmp sgt i32 %1455, 7
	%1535 = select i1 %1534, i32 %1533, i32 0
	%1536 = add i32 %1530, %1535
	%1537 = add i32 %1531, %1533
	%1538 = add i32 %1536, %1475
	%1539 = sub i32 %1538, %1453
	%1540 = sub i32 %1425, %1539
	%1541 = icmp sgt i32 %1540, 0
	%1542 = select i1 %1541, i32 %1540, i32 0
	%1543 = icmp slt i32 %1542, %1453
	%1544 = select i1 %1543, i32 %1542, i32 %1453
	%1545 = add i32 %1450, %1544
	%1546 = and i32 %0, 31
	%1547 = lshr i32 %0, 5
	%1548 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1545, i32 1, i32 0)
	%1549 = icmp uge i32 %1546, 1
	%1550 = select i1 %1549, i32 %1548, i32 0
	%1551 = add i32 %1545, %1550
	%1552 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1551, i32 2, i32 0)
	%1553 = icmp uge i32 %1546, 2
	%1554 = select i1 %1553, i32 %1552, i32 0
	%1555 = add i32 %1551, %1554
	%1556 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1555, i32 4, i32 0)
	%1557 = icmp uge i32 %1546, 4
	%1558 = select i1 %1557, i32 %1556, i32 0
	%1559 = add i32 %1555, %1558
	%1560 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1559, i32 8, i32 0)
	%1561 = icmp uge i32 %1546, 8
	%1562 = select i1 %1561, i32 %1560, i32 0
	%1563 = add i32 %1559, %1562
	%1564 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1563, i32 16, i32 0)
	%1565 = icmp uge i32 %1546, 16
	%1566 = select i1 %1565, i32 %1564, i32 0
	%1567 = add i32 %1563, %1566
	%1568 = icmp eq i32 %1546, 31
	br i1 %1568, label %1569, label %1571

1569:
	%1570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 %1547
	store i32 %1567, i32 addrspace(3)* %1570
	br label %1571

1571:
	call void @llvm.nvvm.barrier0()
	%1572 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 0
	%1573 = load i32, i32 addrspace(3)* %1572
	%1574 = icmp sgt i32 %1547, 0
	%1575 = select i1 %1574, i32 %1573, i32 0
	%1576 = add i32 0, %1575
	%1577 = add i32 0, %1573
	%1578 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 1
	%1579 = load i32, i32 addrspace(3)* %1578
	%1580 = icmp sgt i32 %1547, 1
	%1581 = select i1 %1580, i32 %1579, i32 0
	%1582 = add i32 %1576, %1581
	%1583 = add i32 %1577, %1579
	%1584 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 2
	%1585 = load i32, i32 addrspace(3)* %1584
	%1586 = icmp sgt i32 %1547, 2
	%1587 = select i1 %1586, i32 %1585, i32 0
	%1588 = add i32 %1582, %1587
	%1589 = add i32 %1583, %1585
	%1590 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 3
	%1591 = load i32, i32 addrspace(3)* %1590
	%1592 = icmp sgt i32 %1547, 3
	%1593 = select i1 %1592, i32 %1591, i32 0
	%1594 = add i32 %1588, %1593
	%1595 = add i32 %1589, %1591
	%1596 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 4
	%1597 = load i32, i32 addrspace(3)* %1596
	%1598 = icmp sgt i32 %1547, 4
	%1599 = select i1 %1598, i32 %1597, i32 0
	%1600 = add i32 %1594, %1599
	%1601 = add i32 %1595, %1597
	%1602 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 5
	%1603 = load i32, i32 addrspace(3)* %1602
	%1604 = icmp sgt i32 %1547, 5
	%1605 = select i1 %1604, i32 %1603, i32 0
	%1606 = add i32 %1600, %1605
	%1607 = add i32 %1601, %1603
	%1608 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 6
	%1609 = load i32, i32 addrspace(3)* %1608
	%1610 = icmp sgt i32 %1547, 6
	%1611 = select i1 %1610, i32 %1609, i32 0
	%1612 = add i32 %1606, %1611
	%1613 = add i32 %1607, %1609
	%1614 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 7
	%1615 = load i32, i32 addrspace(3)* %1614
	%1616 = icmp sgt i32 %1547, 7
	%1617 = select i1 %1616, i32 %1615, i32 0
	%1618 = add i32 %1612, %1617
	%1619 = add i32 %1613, %1615
	%1620 = add i32 %1618, %1567
	%1621 = sub i32 %1620, %1545
	br i1 %1446, label %1622, label %1625

1622:
	%1623 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %0
	store i32 %1621, i32 addrspace(3)* %1623
	%1624 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %0
	store i32 %1539, i32 addrspace(3)* %1624
	br label %1625

1625:
	call void @llvm.nvvm.barrier0()
	br label %1626

1626:
	%1627 = phi i32 [ 0, %1625 ], [ %1659, %1658 ]
	%1628 = icmp slt i32 %1627, %16
	br i1 %1628, label %1629, label %1654

1629:
	%1630 = add i32 %1627, %0
	%1631 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1630
	%1632 = load i32, i32 addrspace(3)* %1631
	%1633 = icmp ugt i32 %1632, %1427
	%1634 = icmp eq i32 %1632, %1427
	%1635 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1633)
	%1636 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1634)
	%1637 = sdiv i32 %1627, 256
	%1638 = mul i32 %1637, 8
	%1639 = add i32 %1638, %4
	%1640 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %1639
	%1641 = load i32, i32 addrspace(3)* %1640
	%1642 = and i32 %1636, %1430
	%1643 = call i32 @llvm.ctpop.i32(i32 %1642)
	%1644 = add i32 %1641, %1643
	%1645 = icmp slt i32 %1644, %1425
	%1646 = and i1 %1634, %1645
	%1647 = or i1 %1633, %1646
	%1648 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1647)
	%1649 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1639
	%1650 = load i32, i32 addrspace(3)* %1649
	%1651 = and i32 %1648, %1430
	%1652 = call i32 @llvm.ctpop.i32(i32 %1651)
	%1653 = add i32 %1650, %1652
	br i1 %1647, label %1655, label %1658

1654:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1655:
	%1656 = add i32 %1627, %0
	%1657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1653
	store i32 %1656, i32 addrspace(3)* %1657
	br label %1658

1658:
	%1659 = add i32 %1627, 256
	br label %1626

1660:
	%1661 = phi i32 [ %809, %mass_taken ], [ %1665, %1663 ]
	%1662 = icmp slt i32 %1661, %808
	br i1 %1662, label %1663, label %1666

1663:
	%1664 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1661
	store i32 -1, i32 addrspace(3)* %1664
	%1665 = add i32 %1661, 256
	br label %1660

1666:
	call void @llvm.nvvm.barrier0()
	%1667 = add i32 %807, 1
	br label %1668

1668:
	%1669 = phi i32 [ 1, %1666 ], [ %1685, %1684 ]
	%1670 = icmp slt i32 %1669, %1667
	br i1 %1670, label %1671, label %1673

1671:
	%1672 = shl i32 1, %1669
	br label %1674

1673:
	br label %1726

1674:
	%1675 = phi i32 [ 0, %1671 ], [ %1720, %1719 ]
	%1676 = icmp slt i32 %1675, %1669
	br i1 %1676, label %1677, label %1684

1677:
	%1678 = sub i32 %1669, 1
	%1679 = sub i32 %1678, %1675
	%1680 = shl i32 1, %1679
	%1681 = sub i32 %1669, 1
	%1682 = sub i32 %1681, %1675
	%1683 = lshr i32 %808, 1
	br label %1686

1684:
	%1685 = add i32 %1669, 1
	br label %1668

1686:
	%1687 = phi i32 [ %0, %1677 ], [ %1725, %1724 ]
	%1688 = icmp slt i32 %1687, %1683
	br i1 %1688, label %1689, label %1719

1689:
	%1690 = lshr i32 %1687, %1682
	%1691 = add i32 %1682, 1
	%1692 = shl i32 %1690, %1691
	%1693 = sub i32 %1680, 1
	%1694 = and i32 %1687, %1693
	%1695 = or i32 %1692, %1694
	%1696 = or i32 %1695, %1680
	%1697 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1695
	%1698 = load i32, i32 addrspace(3)* %1697
	%1699 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1696
	%1700 = load i32, i32 addrspace(3)* %1699
	%1701 = and i32 %1695, %1672
	%1702 = icmp eq i32 %1701, 0
	%1703 = icmp sge i32 %1700, 0
	%1704 = select i1 %1703, i32 %1700, i32 0
	%1705 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1704
	%1706 = load i32, i32 addrspace(3)* %1705
	%1707 = select i1 %1703, i32 %1706, i32 0
	%1708 = icmp sge i32 %1698, 0
	%1709 = select i1 %1708, i32 %1698, i32 0
	%1710 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1709
	%1711 = load i32, i32 addrspace(3)* %1710
	%1712 = select i1 %1708, i32 %1711, i32 0
	%1713 = icmp ugt i32 %1707, %1712
	%1714 = icmp eq i32 %1707, %1712
	%1715 = icmp slt i32 %1700, %1698
	%1716 = and i1 %1714, %1715
	%1717 = or i1 %1713, %1716
	%1718 = icmp eq i1 %1717, %1702
	br i1 %1718, label %1721, label %1724

1719:
	call void @llvm.nvvm.barrier0()
	%1720 = add i32 %1675, 1
	br label %1674

1721:
	%1722 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1695
	store i32 %1700, i32 addrspace(3)* %1722
	%1723 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1696
	store i32 %1698, i32 addrspace(3)* %1723
	br label %1724

1724:
	%1725 = add i32 %1687, 256
	br label %1686

1726:
	%1727 = phi i32 [ %0, %1673 ], [ %1740, %1729 ]
	%1728 = icmp slt i32 %1727, %793
	br i1 %1728, label %1729, label %1741

1729:
	%1730 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1727
	%1731 = load i32, i32 addrspace(3)* %1730
	%1732 = add i32 %253, %1727
	%1733 = add i32 %13, %1732
	%1734 = sext i32 %1733 to i64
	%1735 = getelementptr i32, i32* %list, i64 %1734
	store i32 %1731, i32* %1735
	%1736 = add i32 %13, %NK
	%1737 = add i32 %1736, %1732
	%1738 = sext i32 %1737 to i64
	%1739 = getelementptr i32, i32* %list, i64 %1738
	store i32 0, i32* %1739
	%1740 = add i32 %1727, 256
	br label %1726

1741:
	call void @llvm.nvvm.barrier0()
	%1742 = icmp eq i32 %4, 0
	br i1 %1742, label %1743, label %1746

1743:
	%1744 = getelementptr [1 x double], [1 x double] addrspace(3)* @scalargather_select2_mass, i32 0, i32 0
	%1745 = load double, double addrspace(3)* %1744
	br label %1759

1746:
	call void @llvm.nvvm.barrier0()
	%1747 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 1
	%1748 = load i32, i32 addrspace(3)* %1747
	%1749 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 2
	%1750 = load i32, i32 addrspace(3)* %1749
	%1751 = icmp ne i32 %1750, 0
	%1752 = icmp sge i32 %793, %254
	%1753 = or i1 %1751, %1752
	%1754 = mul i32 %793, 4
	%1755 = icmp sgt i32 %1754, 64
	%1756 = select i1 %1755, i32 %1754, i32 64
	%1757 = icmp slt i32 %1756, %254
	%1758 = select i1 %1757, i32 %1756, i32 %254
	br i1 %1753, label %mass_done, label %mass

1759:
	%1760 = phi i32 [ 0, %1743 ], [ %2224, %2221 ]
	%1761 = phi double [ %1745, %1743 ], [ %2222, %2221 ]
	%1762 = phi i32 [ 0, %1743 ], [ %2223, %2221 ]
	%1763 = icmp slt i32 %1760, %793
	br i1 %1763, label %1764, label %1767

1764:
	%1765 = add i32 %1760, %3
	%1766 = icmp slt i32 %1765, %793
	br i1 %1766, label %1769, label %1776

1767:
	%1768 = icmp eq i32 %3, 0
	br i1 %1768, label %2225, label %2230

1769:
	%1770 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1765
	%1771 = load i32, i32 addrspace(3)* %1770
	%1772 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1771
	%1773 = load i32, i32 addrspace(3)* %1772
	%1774 = sub i32 %1773, 2
	%1775 = bitcast i32 %1774 to float
	br label %1776

1776:
	%1777 = phi float [ 0.0, %1764 ], [ %1775, %1769 ]
	%1778 = fpext float %1777 to double
	%1779 = fcmp one float %1777, 0.0
	%1780 = call float @llvm.fabs.f32(float %1777)
	%1781 = fcmp olt float %1780, 0x3E20000000000000
	%1782 = and i1 %1779, %1781
	%1783 = fmul double %1761, 4.503599627370496e+15
	%1784 = call double @llvm.trunc.f64(double %1783)
	%1785 = fcmp oeq double %1783, %1784
	%1786 = bitcast double %1778 to i64
	%1787 = trunc i64 %1786 to i32
	%1788 = lshr i64 %1786, 32
	%1789 = trunc i64 %1788 to i32
	%1790 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1787, i32 1, i32 0)
	%1791 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1789, i32 1, i32 0)
	%1792 = zext i32 %1790 to i64
	%1793 = zext i32 %1791 to i64
	%1794 = shl i64 %1793, 32
	%1795 = or i64 %1792, %1794
	%1796 = bitcast i64 %1795 to double
	%1797 = icmp uge i32 %3, 1
	%1798 = fadd double %1778, %1796
	%1799 = select i1 %1797, double %1798, double %1778
	%1800 = bitcast double %1799 to i64
	%1801 = trunc i64 %1800 to i32
	%1802 = lshr i64 %1800, 32
	%1803 = trunc i64 %1802 to i32
	%1804 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1801, i32 2, i32 0)
	%1805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1803, i32 2, i32 0)
	%1806 = zext i32 %1804 to i64
	%1807 = zext i32 %1805 to i64
	%1808 = shl i64 %1807, 32
	%1809 = or i64 %1806, %1808
	%1810 = bitcast i64 %1809 to double
	%1811 = icmp uge i32 %3, 2
	%1812 = fadd double %1799, %1810
	%1813 = select i1 %1811, double %1812, double %1799
	%1814 = bitcast double %1813 to i64
	%1815 = trunc i64 %1814 to i32
	%1816 = lshr i64 %1814, 32
	%1817 = trunc i64 %1816 to i32
	%1818 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1815, i32 4, i32 0)
	%1819 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1817, i32 4, i32 0)
	%1820 = zext i32 %1818 to i64
	%1821 = zext i32 %1819 to i64
	%1822 = shl i64 %1821, 32
	%1823 = or i64 %1820, %1822
	%1824 = bitcast i64 %1823 to double
	%1825 = icmp uge i32 %3, 4
	%1826 = fadd double %1813, %1824
	%1827 = select i1 %1825, double %1826, double %1813
	%1828 = bitcast double %1827 to i64
	%1829 = trunc i64 %1828 to i32
	%1830 = lshr i64 %1828, 32
	%1831 = trunc i64 %1830 to i32
	%1832 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1829, i32 8, i32 0)
	%1833 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1831, i32 8, i32 0)
	%1834 = zext i32 %1832 to i64
	%1835 = zext i32 %1833 to i64
	%1836 = shl i64 %1835, 32
	%1837 = or i64 %1834, %1836
	%1838 = bitcast i64 %1837 to double
	%1839 = icmp uge i32 %3, 8
	%1840 = fadd double %1827, %1838
	%1841 = select i1 %1839, double %1840, double %1827
	%1842 = bitcast double %1841 to i64
	%1843 = trunc i64 %1842 to i32
	%1844 = lshr i64 %1842, 32
	%1845 = trunc i64 %1844 to i32
	%1846 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1843, i32 16, i32 0)
	%1847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1845, i32 16, i32 0)
	%1848 = zext i32 %1846 to i64
	%1849 = zext i32 %1847 to i64
	%1850 = shl i64 %1849, 32
	%1851 = or i64 %1848, %1850
	%1852 = bitcast i64 %1851 to double
	%1853 = icmp uge i32 %3, 16
	%1854 = fadd double %1841, %1852
	%1855 = select i1 %1853, double %1854, double %1841
	%1856 = bitcast double %1855 to i64
	%1857 = trunc i64 %1856 to i32
	%1858 = lshr i64 %1856, 32
	%1859 = trunc i64 %1858 to i32
	%1860 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1857, i32 31, i32 31)
	%1861 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1859, i32 31, i32 31)
	%1862 = zext i32 %1860 to i64
	%1863 = zext i32 %1861 to i64
	%1864 = shl i64 %1863, 32
	%1865 = or i64 %1862, %1864
	%1866 = bitcast i64 %1865 to double
	%1867 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1782)
	%1868 = xor i1 %1867, true
	%1869 = and i1 %1785, %1868
	%1870 = fadd double %1761, %1866
	%1871 = fcmp olt double %1870, 1.5
	%1872 = and i1 %1869, %1871
	%1873 = fcmp oge double %1761, 0x3FECCCCCCCCCCCCD
	%1874 = or i1 %1872, %1873
	br i1 %1874, label %1875, label %1900

1875:
	%1876 = fsub double %1855, %1778
	%1877 = fadd double %1761, %1876
	%1878 = fcmp olt double %1877, 0x3FECCCCCCCCCCCCD
	%1879 = and i1 %1766, %1878
	%1880 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1879)
	%1881 = call i32 @llvm.ctpop.i32(i32 %1880)
	%1882 = sub i32 %1881, 1
	%1883 = icmp sgt i32 %1882, 0
	%1884 = select i1 %1883, i32 %1882, i32 0
	%1885 = bitcast double %1855 to i64
	%1886 = trunc i64 %1885 to i32
	%1887 = lshr i64 %1885, 32
	%1888 = trunc i64 %1887 to i32
	%1889 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1886, i32 %1884, i32 31)
	%1890 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1888, i32 %1884, i32 31)
	%1891 = zext i32 %1889 to i64
	%1892 = zext i32 %1890 to i64
	%1893 = shl i64 %1892, 32
	%1894 = or i64 %1891, %1893
	%1895 = bitcast i64 %1894 to double
	%1896 = icmp sgt i32 %1881, 0
	%1897 = fadd double %1761, %1895
	%1898 = select i1 %1896, double %1897, double %1761
	%1899 = add i32 %1762, %1881
	br label %2221

1900:
	%1901 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 0, i32 31)
	%1902 = fcmp olt double %1761, 0x3FECCCCCCCCCCCCD
	%1903 = add i32 %1760, 0
	%1904 = icmp slt i32 %1903, %793
	%1905 = and i1 %1902, %1904
	%1906 = fpext float %1901 to double
	%1907 = fadd double %1761, %1906
	%1908 = select i1 %1905, double %1907, double %1761
	%1909 = add i32 %1762, 1
	%1910 = select i1 %1905, i32 %1909, i32 %1762
	%1911 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 1, i32 31)
	%1912 = fcmp olt double %1908, 0x3FECCCCCCCCCCCCD
	%1913 = add i32 %1760, 1
	%1914 = icmp slt i32 %1913, %793
	%1915 = and i1 %1912, %1914
	%1916 = fpext float %1911 to double
	%1917 = fadd double %1908, %1916
	%1918 = select i1 %1915, double %1917, double %1908
	%1919 = add i32 %1910, 1
	%1920 = select i1 %1915, i32 %1919, i32 %1910
	%1921 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 2, i32 31)
	%1922 = fcmp olt double %1918, 0x3FECCCCCCCCCCCCD
	%1923 = add i32 %1760, 2
	%1924 = icmp slt i32 %1923, %793
	%1925 = and i1 %1922, %1924
	%1926 = fpext float %1921 to double
	%1927 = fadd double %1918, %1926
	%1928 = select i1 %1925, double %1927, double %1918
	%1929 = add i32 %1920, 1
	%1930 = select i1 %1925, i32 %1929, i32 %1920
	%1931 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 3, i32 31)
	%1932 = fcmp olt double %1928, 0x3FECCCCCCCCCCCCD
	%1933 = add i32 %1760, 3
	%1934 = icmp slt i32 %1933, %793
	%1935 = and i1 %1932, %1934
	%1936 = fpext float %1931 to double
	%1937 = fadd double %1928, %1936
	%1938 = select i1 %1935, double %1937, double %1928
	%1939 = add i32 %1930, 1
	%1940 = select i1 %1935, i32 %1939, i32 %1930
	%1941 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 4, i32 31)
	%1942 = fcmp olt double %1938, 0x3FECCCCCCCCCCCCD
	%1943 = add i32 %1760, 4
	%1944 = icmp slt i32 %1943, %793
	%1945 = and i1 %1942, %1944
	%1946 = fpext float %1941 to double
	%1947 = fadd double %1938, %1946
	%1948 = select i1 %1945, double %1947, double %1938
	%1949 = add i32 %1940, 1
	%1950 = select i1 %1945, i32 %1949, i32 %1940
	%1951 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 5, i32 31)
	%1952 = fcmp olt double %1948, 0x3FECCCCCCCCCCCCD
	%1953 = add i32 %1760, 5
	%1954 = icmp slt i32 %1953, %793
	%1955 = and i1 %1952, %1954
	%1956 = fpext float %1951 to double
	%1957 = fadd double %1948, %1956
	%1958 = select i1 %1955, double %1957, double %1948
	%1959 = add i32 %1950, 1
	%1960 = select i1 %1955, i32 %1959, i32 %1950
	%1961 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 6, i32 31)
	%1962 = fcmp olt double %1958, 0x3FECCCCCCCCCCCCD
	%1963 = add i32 %1760, 6
	%1964 = icmp slt i32 %1963, %793
	%1965 = and i1 %1962, %1964
	%1966 = fpext float %1961 to double
	%1967 = fadd double %1958, %1966
	%1968 = select i1 %1965, double %1967, double %1958
	%1969 = add i32 %1960, 1
	%1970 = select i1 %1965, i32 %1969, i32 %1960
	%1971 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 7, i32 31)
	%1972 = fcmp olt double %1968, 0x3FECCCCCCCCCCCCD
	%1973 = add i32 %1760, 7
	%1974 = icmp slt i32 %1973, %793
	%1975 = and i1 %1972, %1974
	%1976 = fpext float %1971 to double
	%1977 = fadd double %1968, %1976
	%1978 = select i1 %1975, double %1977, double %1968
	%1979 = add i32 %1970, 1
	%1980 = select i1 %1975, i32 %1979, i32 %1970
	%1981 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 8, i32 31)
	%1982 = fcmp olt double %1978, 0x3FECCCCCCCCCCCCD
	%1983 = add i32 %1760, 8
	%1984 = icmp slt i32 %1983, %793
	%1985 = and i1 %1982, %1984
	%1986 = fpext float %1981 to double
	%1987 = fadd double %1978, %1986
	%1988 = select i1 %1985, double %1987, double %1978
	%1989 = add i32 %1980, 1
	%1990 = select i1 %1985, i32 %1989, i32 %1980
	%1991 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 9, i32 31)
	%1992 = fcmp olt double %1988, 0x3FECCCCCCCCCCCCD
	%1993 = add i32 %1760, 9
	%1994 = icmp slt i32 %1993, %793
	%1995 = and i1 %1992, %1994
	%1996 = fpext float %1991 to double
	%1997 = fadd double %1988, %1996
	%1998 = select i1 %1995, double %1997, double %1988
	%1999 = add i32 %1990, 1
	%2000 = select i1 %1995, i32 %1999, i32 %1990
	%2001 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 10, i32 31)
	%2002 = fcmp olt double %1998, 0x3FECCCCCCCCCCCCD
	%2003 = add i32 %1760, 10
	%2004 = icmp slt i32 %2003, %793
	%2005 = and i1 %2002, %2004
	%2006 = fpext float %2001 to double
	%2007 = fadd double %1998, %2006
	%2008 = select i1 %2005, double %2007, double %1998
	%2009 = add i32 %2000, 1
	%2010 = select i1 %2005, i32 %2009, i32 %2000
	%2011 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 11, i32 31)
	%2012 = fcmp olt double %2008, 0x3FECCCCCCCCCCCCD
	%2013 = add i32 %1760, 11
	%2014 = icmp slt i32 %2013, %793
	%2015 = and i1 %2012, %2014
	%2016 = fpext float %2011 to double
	%2017 = fadd double %2008, %2016
	%2018 = select i1 %2015, double %2017, double %2008
	%2019 = add i32 %2010, 1
	%2020 = select i1 %2015, i32 %2019, i32 %2010
	%2021 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 12, i32 31)
	%2022 = fcmp olt double %2018, 0x3FECCCCCCCCCCCCD
	%2023 = add i32 %1760, 12
	%2024 = icmp slt i32 %2023, %793
	%2025 = and i1 %2022, %2024
	%2026 = fpext float %2021 to double
	%2027 = fadd double %2018, %2026
	%2028 = select i1 %2025, double %2027, double %2018
	%2029 = add i32 %2020, 1
	%2030 = select i1 %2025, i32 %2029, i32 %2020
	%2031 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 13, i32 31)
	%2032 = fcmp olt double %2028, 0x3FECCCCCCCCCCCCD
	%2033 = add i32 %1760, 13
	%2034 = icmp slt i32 %2033, %793
	%2035 = and i1 %2032, %2034
	%2036 = fpext float %2031 to double
	%2037 = fadd double %2028, %2036
	%2038 = select i1 %2035, double %2037, double %2028
	%2039 = add i32 %2030, 1
	%2040 = select i1 %2035, i32 %2039, i32 %2030
	%2041 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 14, i32 31)
	%2042 = fcmp olt double %2038, 0x3FECCCCCCCCCCCCD
	%2043 = add i32 %1760, 14
	%2044 = icmp slt i32 %2043, %793
	%2045 = and i1 %2042, %2044
	%2046 = fpext float %2041 to double
	%2047 = fadd double %2038, %2046
	%2048 = select i1 %2045, double %2047, double %2038
	%2049 = add i32 %2040, 1
	%2050 = select i1 %2045, i32 %2049, i32 %2040
	%2051 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 15, i32 31)
	%2052 = fcmp olt double %2048, 0x3FECCCCCCCCCCCCD
	%2053 = add i32 %1760, 15
	%2054 = icmp slt i32 %2053, %793
	%2055 = and i1 %2052, %2054
	%2056 = fpext float %2051 to double
	%2057 = fadd double %2048, %2056
	%2058 = select i1 %2055, double %2057, double %2048
	%2059 = add i32 %2050, 1
	%2060 = select i1 %2055, i32 %2059, i32 %2050
	%2061 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 16, i32 31)
	%2062 = fcmp olt double %2058, 0x3FECCCCCCCCCCCCD
	%2063 = add i32 %1760, 16
	%2064 = icmp slt i32 %2063, %793
	%2065 = and i1 %2062, %2064
	%2066 = fpext float %2061 to double
	%2067 = fadd double %2058, %2066
	%2068 = select i1 %2065, double %2067, double %2058
	%2069 = add i32 %2060, 1
	%2070 = select i1 %2065, i32 %2069, i32 %2060
	%2071 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 17, i32 31)
	%2072 = fcmp olt double %2068, 0x3FECCCCCCCCCCCCD
	%2073 = add i32 %1760, 17
	%2074 = icmp slt i32 %2073, %793
	%2075 = and i1 %2072, %2074
	%2076 = fpext float %2071 to double
	%2077 = fadd double %2068, %2076
	%2078 = select i1 %2075, double %2077, double %2068
	%2079 = add i32 %2070, 1
	%2080 = select i1 %2075, i32 %2079, i32 %2070
	%2081 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 18, i32 31)
	%2082 = fcmp olt double %2078, 0x3FECCCCCCCCCCCCD
	%2083 = add i32 %1760, 18
	%2084 = icmp slt i32 %2083, %793
	%2085 = and i1 %2082, %2084
	%2086 = fpext float %2081 to double
	%2087 = fadd double %2078, %2086
	%2088 = select i1 %2085, double %2087, double %2078
	%2089 = add i32 %2080, 1
	%2090 = select i1 %2085, i32 %2089, i32 %2080
	%2091 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 19, i32 31)
	%2092 = fcmp olt double %2088, 0x3FECCCCCCCCCCCCD
	%2093 = add i32 %1760, 19
	%2094 = icmp slt i32 %2093, %793
	%2095 = and i1 %2092, %2094
	%2096 = fpext float %2091 to double
	%2097 = fadd double %2088, %2096
	%2098 = select i1 %2095, double %2097, double %2088
	%2099 = add i32 %2090, 1
	%2100 = select i1 %2095, i32 %2099, i32 %2090
	%2101 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 20, i32 31)
	%2102 = fcmp olt double %2098, 0x3FECCCCCCCCCCCCD
	%2103 = add i32 %1760, 20
	%2104 = icmp slt i32 %2103, %793
	%2105 = and i1 %2102, %2104
	%2106 = fpext float %2101 to double
	%2107 = fadd double %2098, %2106
	%2108 = select i1 %2105, double %2107, double %2098
	%2109 = add i32 %2100, 1
	%2110 = select i1 %2105, i32 %2109, i32 %2100
	%2111 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 21, i32 31)
	%2112 = fcmp olt double %2108, 0x3FECCCCCCCCCCCCD
	%2113 = add i32 %1760, 21
	%2114 = icmp slt i32 %2113, %793
	%2115 = and i1 %2112, %2114
	%2116 = fpext float %2111 to double
	%2117 = fadd double %2108, %2116
	%2118 = select i1 %2115, double %2117, double %2108
	%2119 = add i32 %2110, 1
	%2120 = select i1 %2115, i32 %2119, i32 %2110
	%2121 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 22, i32 31)
	%2122 = fcmp olt double %2118, 0x3FECCCCCCCCCCCCD
	%2123 = add i32 %1760, 22
	%2124 = icmp slt i32 %2123, %793
	%2125 = and i1 %2122, %2124
	%2126 = fpext float %2121 to double
	%2127 = fadd double %2118, %2126
	%2128 = select i1 %2125, double %2127, double %2118
	%2129 = add i32 %2120, 1
	%2130 = select i1 %2125, i32 %2129, i32 %2120
	%2131 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 23, i32 31)
	%2132 = fcmp olt double %2128, 0x3FECCCCCCCCCCCCD
	%2133 = add i32 %1760, 23
	%2134 = icmp slt i32 %2133, %793
	%2135 = and i1 %2132, %2134
	%2136 = fpext float %2131 to double
	%2137 = fadd double %2128, %2136
	%2138 = select i1 %2135, double %2137, double %2128
	%2139 = add i32 %2130, 1
	%2140 = select i1 %2135, i32 %2139, i32 %2130
	%2141 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 24, i32 31)
	%2142 = fcmp olt double %2138, 0x3FECCCCCCCCCCCCD
	%2143 = add i32 %1760, 24
	%2144 = icmp slt i32 %2143, %793
	%2145 = and i1 %2142, %2144
	%2146 = fpext float %2141 to double
	%2147 = fadd double %2138, %2146
	%2148 = select i1 %2145, double %2147, double %2138
	%2149 = add i32 %2140, 1
	%2150 = select i1 %2145, i32 %2149, i32 %2140
	%2151 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 25, i32 31)
	%2152 = fcmp olt double %2148, 0x3FECCCCCCCCCCCCD
	%2153 = add i32 %1760, 25
	%2154 = icmp slt i32 %2153, %793
	%2155 = and i1 %2152, %2154
	%2156 = fpext float %2151 to double
	%2157 = fadd double %2148, %2156
	%2158 = select i1 %2155, double %2157, double %2148
	%2159 = add i32 %2150, 1
	%2160 = select i1 %2155, i32 %2159, i32 %2150
	%2161 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 26, i32 31)
	%2162 = fcmp olt double %2158, 0x3FECCCCCCCCCCCCD
	%2163 = add i32 %1760, 26
	%2164 = icmp slt i32 %2163, %793
	%2165 = and i1 %2162, %2164
	%2166 = fpext float %2161 to double
	%2167 = fadd double %2158, %2166
	%2168 = select i1 %2165, double %2167, double %2158
	%2169 = add i32 %2160, 1
	%2170 = select i1 %2165, i32 %2169, i32 %2160
	%2171 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 27, i32 31)
	%2172 = fcmp olt double %2168, 0x3FECCCCCCCCCCCCD
	%2173 = add i32 %1760, 27
	%2174 = icmp slt i32 %2173, %793
	%2175 = and i1 %2172, %2174
	%2176 = fpext float %2171 to double
	%2177 = fadd double %2168, %2176
	%2178 = select i1 %2175, double %2177, double %2168
	%2179 = add i32 %2170, 1
	%2180 = select i1 %2175, i32 %2179, i32 %2170
	%2181 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 28, i32 31)
	%2182 = fcmp olt double %2178, 0x3FECCCCCCCCCCCCD
	%2183 = add i32 %1760, 28
	%2184 = icmp slt i32 %2183, %793
	%2185 = and i1 %2182, %2184
	%2186 = fpext float %2181 to double
	%2187 = fadd double %2178, %2186
	%2188 = select i1 %2185, double %2187, double %2178
	%2189 = add i32 %2180, 1
	%2190 = select i1 %2185, i32 %2189, i32 %2180
	%2191 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 29, i32 31)
	%2192 = fcmp olt double %2188, 0x3FECCCCCCCCCCCCD
	%2193 = add i32 %1760, 29
	%2194 = icmp slt i32 %2193, %793
	%2195 = and i1 %2192, %2194
	%2196 = fpext float %2191 to double
	%2197 = fadd double %2188, %2196
	%2198 = select i1 %2195, double %2197, double %2188
	%2199 = add i32 %2190, 1
	%2200 = select i1 %2195, i32 %2199, i32 %2190
	%2201 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 30, i32 31)
	%2202 = fcmp olt double %2198, 0x3FECCCCCCCCCCCCD
	%2203 = add i32 %1760, 30
	%2204 = icmp slt i32 %2203, %793
	%2205 = and i1 %2202, %2204
	%2206 = fpext float %2201 to double
	%2207 = fadd double %2198, %2206
	%2208 = select i1 %2205, double %2207, double %2198
	%2209 = add i32 %2200, 1
	%2210 = select i1 %2205, i32 %2209, i32 %2200
	%2211 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1777, i32 31, i32 31)
	%2212 = fcmp olt double %2208, 0x3FECCCCCCCCCCCCD
	%2213 = add i32 %1760, 31
	%2214 = icmp slt i32 %2213, %793
	%2215 = and i1 %2212, %2214
	%2216 = fpext float %2211 to double
	%2217 = fadd double %2208, %2216
	%2218 = select i1 %2215, double %2217, double %2208
	%2219 = add i32 %2210, 1
	%2220 = select i1 %2215, i32 %2219, i32 %2210
	br label %2221

2221:
	%2222 = phi double [ %1898, %1875 ], [ %2218, %1900 ]
	%2223 = phi i32 [ %1899, %1875 ], [ %2220, %1900 ]
	%2224 = add i32 %1760, 32
	br label %1759

2225:
	%2226 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 1
	store i32 %1762, i32 addrspace(3)* %2226
	%2227 = fcmp oge double %1761, 0x3FECCCCCCCCCCCCD
	%2228 = zext i1 %2227 to i32
	%2229 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 2
	store i32 %2228, i32 addrspace(3)* %2229
	br label %2230

2230:
	br label %1746

2231:
	%2232 = phi i32 [ %799, %mass_done ], [ %2242, %2234 ]
	%2233 = icmp slt i32 %2232, %NK
	br i1 %2233, label %2234, label %2243

2234:
	%2235 = add i32 %13, %2232
	%2236 = sext i32 %2235 to i64
	%2237 = getelementptr i32, i32* %list, i64 %2236
	store i32 -1, i32* %2237
	%2238 = add i32 %13, %NK
	%2239 = add i32 %2238, %2232
	%2240 = sext i32 %2239 to i64
	%2241 = getelementptr i32, i32* %list, i64 %2240
	store i32 -1, i32* %2241
	%2242 = add i32 %2232, 256
	br label %2231

2243:
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
